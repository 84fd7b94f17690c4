package com.inquirydesk.intake.chat;

import com.inquirydesk.ratelimit.AbuseLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chat with the menu bot (no login; each session has its own token in {@code X-Chat-Token}). */
@RestController
class ChatController {

    record ChatText(@NotBlank(message = "보낼 내용을 입력해 주세요") @Size(max = 2000) String text) {
    }

    record Line(int seq, String author, String text, Instant at) {
        static Line of(ChatMessage message) {
            return new Line(message.getSeq(), message.getAuthor().name(), message.getText(), message.getCreatedAt());
        }
    }

    record Started(String id, String token, List<Line> messages) {
    }

    record Lines(String state, String inquiryCode, List<Line> messages) {
        static Lines of(ChatService.Exchange exchange) {
            return new Lines(exchange.session().getState().name(), exchange.inquiryCode(),
                    exchange.messages().stream().map(Line::of).toList());
        }
    }

    private final ChatService chats;
    private final AbuseLimits limits;

    ChatController(ChatService chats, AbuseLimits limits) {
        this.chats = chats;
        this.limits = limits;
    }

    @PostMapping("/api/v1/chat/sessions")
    ResponseEntity<Started> start(HttpServletRequest http) {
        limits.admitChatSession(http.getRemoteAddr());
        ChatService.Opened opened = chats.open();
        return ResponseEntity.created(URI.create("/api/v1/chat/sessions/" + opened.id()))
                .body(new Started(opened.id(), opened.token(), opened.messages().stream().map(Line::of).toList()));
    }

    @PostMapping("/api/v1/chat/sessions/{id}/messages")
    Lines write(@PathVariable String id, @RequestHeader(name = "X-Chat-Token", required = false) String token,
                @Valid @RequestBody ChatText body, HttpServletRequest http) {
        // Session ids are random and unguessable, so counting before the token check spends no one else's allowance.
        limits.admitChatMessage(http.getRemoteAddr(), id);
        return Lines.of(chats.write(id, token, body.text()));
    }

    @GetMapping("/api/v1/chat/sessions/{id}/messages")
    Lines since(@PathVariable String id, @RequestHeader(name = "X-Chat-Token", required = false) String token,
                @RequestParam(defaultValue = "0") int after) {
        return Lines.of(chats.since(id, token, after));
    }
}
