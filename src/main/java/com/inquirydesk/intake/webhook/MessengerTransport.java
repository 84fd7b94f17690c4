package com.inquirydesk.intake.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.notification.OutboxTransport;
import com.inquirydesk.notification.Transport;
import com.inquirydesk.system.TimeSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The messenger channel of the outbox: answers go to the channel's callback URL, signed like the
 * deliveries that come in, with the outbox row as delivery id so the messenger can drop a retried one.
 */
@Component
public class MessengerTransport implements OutboxTransport {

    private final MessengerChannels channels;
    private final InquiryService inquiries;
    private final ObjectMapper json;
    private final TimeSource time;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public MessengerTransport(MessengerChannels channels, InquiryService inquiries, ObjectMapper json, TimeSource time) {
        this.channels = channels;
        this.inquiries = inquiries;
        this.json = json;
        this.time = time;
    }

    @Override
    public Transport transport() {
        return Transport.MESSENGER;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        String recipient = message.getRecipient();
        int colon = recipient == null ? -1 : recipient.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a messenger user: " + recipient);
        }
        String channel = recipient.substring(0, colon);
        MessengerChannels.Messenger messenger = channels.find(channel)
                .filter(m -> m.callbackUrl() != null && !m.callbackUrl().isBlank())
                .orElseThrow(() -> new IllegalStateException("no callback-url configured for channel " + channel));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", "outbox-" + message.getId());
        body.put("user", Map.of("id", recipient.substring(colon + 1)));
        if (message.getInquiryId() != null) {
            body.put("inquiryCode", inquiries.get(message.getInquiryId()).getCode());
        }
        body.put("text", message.getPayload());
        byte[] raw = json.writeValueAsBytes(body);
        String timestamp = String.valueOf(time.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(messenger.callbackUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("X-Timestamp", timestamp)
                .header("X-Signature", WebhookSignature.sign(messenger.secret(), timestamp, raw))
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("callback answered " + response.statusCode());
        }
    }
}
