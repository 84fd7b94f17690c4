package com.inquirydesk.intake.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.notification.ChannelProblem;
import com.inquirydesk.ratelimit.AbuseLimits;
import com.inquirydesk.system.TimeSource;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/channels/{channel}/webhook}: the signature over the raw bytes is checked before
 * anything is read or stored; only then is the body parsed and validated.
 */
@RestController
class WebhookController {

    record Accepted(String inquiryCode, String result) {
    }

    private final MessengerChannels channels;
    private final WebhookService webhooks;
    private final ObjectMapper json;
    private final Validator validator;
    private final TimeSource time;
    private final AbuseLimits limits;

    WebhookController(MessengerChannels channels, WebhookService webhooks, ObjectMapper json, Validator validator,
                      TimeSource time, AbuseLimits limits) {
        this.limits = limits;
        this.channels = channels;
        this.webhooks = webhooks;
        this.json = json;
        this.validator = validator;
        this.time = time;
    }

    @PostMapping(path = "/api/v1/channels/{channel}/webhook")
    ResponseEntity<Accepted> receive(@PathVariable String channel,
                                     @RequestHeader(name = "X-Timestamp", required = false) String timestamp,
                                     @RequestHeader(name = "X-Signature", required = false) String signature,
                                     @RequestBody(required = false) byte[] body) {
        MessengerChannels.Messenger messenger = channels.find(channel).orElseThrow(() -> new ChannelProblem(
                HttpStatus.NOT_FOUND, "channel-not-configured", "설정되지 않은 채널입니다",
                "채널 %s은(는) 이 서비스에 등록되어 있지 않습니다.".formatted(channel)));
        byte[] raw = body == null ? new byte[0] : body;
        String refused = WebhookSignature.problem(messenger.secret(), timestamp, signature, raw, time.now(),
                messenger.maxAge());
        if (refused != null) {
            throw new ChannelProblem(HttpStatus.UNAUTHORIZED, "webhook-signature", "서명을 확인할 수 없습니다", refused)
                    .withField(signature == null || signature.isBlank() ? "X-Signature" : "X-Timestamp/X-Signature");
        }
        WebhookMessage message = parse(raw);
        var replay = webhooks.replay(channel, message.deliveryId());
        if (replay.isPresent()) {
            return ResponseEntity.ok(new Accepted(replay.get().inquiryCode(), "DUPLICATE"));
        }
        limits.admitWebhook(channel, message.user().id());
        WebhookService.Outcome outcome;
        try {
            outcome = webhooks.take(channel, message);
        } catch (DataIntegrityViolationException concurrentReplay) {
            outcome = webhooks.replay(channel, message.deliveryId()).orElseThrow(() -> concurrentReplay);
            return ResponseEntity.ok(new Accepted(outcome.inquiryCode(), "DUPLICATE"));
        }
        return ResponseEntity.status(outcome.opened() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Accepted(outcome.inquiryCode(), outcome.opened() ? "OPENED" : "ADDED"));
    }

    private WebhookMessage parse(byte[] raw) {
        WebhookMessage message;
        try {
            message = json.readValue(raw, WebhookMessage.class);
        } catch (java.io.IOException e) {
            throw new ChannelProblem(HttpStatus.BAD_REQUEST, "malformed-json", "요청 본문을 읽을 수 없습니다",
                    "본문은 {deliveryId, user:{id, name}, text} 형식의 JSON이어야 합니다.");
        }
        if (message == null) {
            throw new ChannelProblem(HttpStatus.BAD_REQUEST, "malformed-json", "요청 본문을 읽을 수 없습니다",
                    "본문이 비어 있습니다.");
        }
        Set<ConstraintViolation<WebhookMessage>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            List<Map<String, String>> errors = violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
                    .toList();
            ChannelProblem problem = new ChannelProblem(HttpStatus.BAD_REQUEST, "validation", "입력값 오류",
                    errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                            .reduce((a, b) -> a + "; " + b).orElse(""));
            problem.getBody().setProperty("errors", errors);
            throw problem;
        }
        return message;
    }
}
