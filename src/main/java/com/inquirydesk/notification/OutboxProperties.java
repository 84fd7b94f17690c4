package com.inquirydesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.outbox.*}: the relay polls every {@code pollInterval}, tries a row
 * {@code maxAttempts} times with a backoff of {@code firstRetryAfter} doubling each time, and holds a
 * claim for {@code claimTimeout} (a relay that dies mid-send frees its rows after that).
 * {@code teamChatWebhookUrl}, when set, receives staff alerts as Slack-compatible JSON as well.
 */
@ConfigurationProperties("inquiry-desk.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryAfter,
        @DefaultValue("PT2M") Duration claimTimeout,
        @DefaultValue("50") int batchSize,
        String teamChatWebhookUrl) {

    /** 30 s, 1 min, 2 min, 4 min… after the first, second, third… failed try. */
    public Duration backoffAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        return firstRetryAfter.multipliedBy(1L << doublings);
    }
}
