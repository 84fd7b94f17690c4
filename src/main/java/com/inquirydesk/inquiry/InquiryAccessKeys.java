package com.inquirydesk.inquiry;

import com.inquirydesk.system.TimeSource;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may open an inquiry as its customer: the holder of the token handed out at intake, or of a further key
 * issued for one purpose (the link in a message, a "my inquiries" session) that expires. Keys are random and
 * only their hashes are stored, like the intake token, so nothing staff can read opens an inquiry.
 */
@Component
public class InquiryAccessKeys {

    /** Stands in a queued message for the inquiry's personal link until the message is delivered. */
    public static final String LINK_PLACEHOLDER = "{{inquiry-link}}";

    public static final String MESSAGE_LINK = "MESSAGE_LINK";
    public static final String SIGNED_IN = "SIGNED_IN";

    private final JdbcClient jdbc;
    private final TimeSource time;

    public InquiryAccessKeys(JdbcClient jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** A fresh key to this inquiry for one purpose, valid for {@code lifetime}. */
    @Transactional
    public String issue(long inquiryId, String purpose, Duration lifetime) {
        String token = AccessTokens.newToken();
        Instant now = time.now();
        jdbc.sql("INSERT INTO inquiry_access_key (inquiry_id, purpose, token_hash, created_at, expires_at) "
                        + "VALUES (:inquiryId, :purpose, :hash, :now, :expires)")
                .param("inquiryId", inquiryId).param("purpose", purpose).param("hash", AccessTokens.hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        return token;
    }

    /** True when {@code token} is the inquiry's own token or an unexpired key issued for it. */
    public boolean opens(Inquiry inquiry, String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return false;
        }
        if (AccessTokens.matches(token, inquiry.getAccessTokenHash())) {
            return true;
        }
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_access_key WHERE inquiry_id = :inquiryId "
                        + "AND token_hash = :hash AND expires_at > :now")
                .param("inquiryId", inquiry.getId()).param("hash", AccessTokens.hash(token))
                .param("now", Timestamp.from(time.now()))
                .query(Long.class).single() > 0;
    }
}
