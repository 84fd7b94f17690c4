package com.inquirydesk.intake.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messenger/SNS channels under {@code inquiry-desk.channels.{channel}.*}: the shared {@code secret} that
 * signs deliveries both ways, and the {@code callback-url} that receives the answers.
 */
@ConfigurationProperties("inquiry-desk")
public record MessengerChannels(@DefaultValue Map<String, Messenger> channels) {

    public record Messenger(String secret, String callbackUrl, @DefaultValue("PT5M") Duration maxAge) {
    }

    public Optional<Messenger> find(String channel) {
        return Optional.ofNullable(channels.get(channel)).filter(m -> m.secret() != null && !m.secret().isBlank());
    }
}
