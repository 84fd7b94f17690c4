package com.inquirydesk.intake.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + raw body}, sent as {@code X-Signature: sha256=<hex>} with the
 * Unix-seconds {@code X-Timestamp}. Checked in constant time; a timestamp further than the allowed age
 * from now (either way) is refused, so a captured delivery cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Why the delivery is refused, or null when the signature holds. */
    static String problem(String secret, String timestamp, String signature, byte[] body, Instant now, Duration maxAge) {
        if (timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            return "X-Timestamp와 X-Signature 헤더가 모두 있어야 합니다.";
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "X-Timestamp는 Unix 초여야 합니다.";
        }
        if (Math.abs(now.getEpochSecond() - seconds) > maxAge.toSeconds()) {
            return "X-Timestamp가 허용 범위(" + maxAge.toMinutes() + "분)를 벗어났습니다.";
        }
        byte[] expected = sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) ? null : "서명이 맞지 않습니다.";
    }
}
