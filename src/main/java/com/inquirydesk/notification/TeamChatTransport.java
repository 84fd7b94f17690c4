package com.inquirydesk.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Staff alerts to the team chat: Slack-compatible incoming-webhook JSON ({"text": …}), which JANDI and others accept. */
@Component
class TeamChatTransport implements OutboxTransport {

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TeamChatTransport(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Transport transport() {
        return Transport.TEAM_CHAT;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        String text = message.getSubject() == null ? message.getPayload() : message.getSubject() + "\n" + message.getPayload();
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.getRecipient()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(Map.of("text", text))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("team chat webhook answered " + response.statusCode());
        }
    }
}
