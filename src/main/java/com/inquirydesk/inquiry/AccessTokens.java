package com.inquirydesk.inquiry;

import com.inquirydesk.system.InquiryDeskProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A customer's key to one inquiry. The token is an HMAC of a random nonce under the server secret:
 * the database keeps only the nonce and the token's hash, yet an idempotent retry can hand the same
 * token out again.
 */
@Component
public class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;

    public AccessTokens(InquiryDeskProperties properties) {
        if (properties.accessTokenSecret() == null || properties.accessTokenSecret().length() < 16) {
            throw new IllegalStateException("inquiry-desk.access-token-secret must be set (16 characters or more)");
        }
        this.secret = properties.accessTokenSecret().getBytes(StandardCharsets.UTF_8);
    }

    public String newNonce() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        return HexFormat.of().formatHex(nonce);
    }

    public String tokenFor(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Constant-time comparison, so response timing does not leak how much of a guessed token was right. */
    public static boolean matches(String presented, String expectedHash) {
        if (presented == null || expectedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
