package com.inquirydesk.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.rate-limit.*}: how much one source address, one customer contact, one
 * inquiry, one chat session or one messenger user may send. A real customer stays far below these; a script
 * that floods the desk does not. {@code enabled=false} switches every limit off (benchmarks).
 *
 * <p>The source address is the one Tomcat resolves: behind a reverse proxy listed in
 * {@code server.tomcat.remoteip.internal-proxies} it is the client named in {@code X-Forwarded-For}; from
 * anywhere else that header is ignored, so a client cannot pick an address for itself.
 * {@code unlimitedAddresses} (none by default) are never limited by address, e.g. the operator's own tools;
 * the limits by contact, inquiry, session and user still apply to them.
 */
@ConfigurationProperties("inquiry-desk.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue({}) List<String> unlimitedAddresses,
        Allowance intakePerAddress,
        Allowance intakePerContact,
        Allowance repliesPerInquiry,
        Allowance agentRequestsPerInquiry,
        Allowance chatSessionsPerAddress,
        Allowance chatMessagesPerSession,
        Allowance chatMessagesPerAddress,
        Allowance webhookPerUser) {

    public RateLimitProperties {
        intakePerAddress = orDefault(intakePerAddress, 30, Duration.ofMinutes(10));
        intakePerContact = orDefault(intakePerContact, 10, Duration.ofHours(1));
        repliesPerInquiry = orDefault(repliesPerInquiry, 30, Duration.ofMinutes(10));
        agentRequestsPerInquiry = orDefault(agentRequestsPerInquiry, 5, Duration.ofHours(1));
        chatSessionsPerAddress = orDefault(chatSessionsPerAddress, 20, Duration.ofMinutes(10));
        chatMessagesPerSession = orDefault(chatMessagesPerSession, 30, Duration.ofMinutes(1));
        chatMessagesPerAddress = orDefault(chatMessagesPerAddress, 120, Duration.ofMinutes(1));
        webhookPerUser = orDefault(webhookPerUser, 30, Duration.ofMinutes(1));
    }

    private static Allowance orDefault(Allowance configured, int requests, Duration per) {
        return configured != null ? configured : new Allowance(requests, per);
    }

    /** {@code requests} within {@code per}; used requests come back evenly over that time. */
    public record Allowance(int requests, Duration per) {

        public Allowance {
            if (requests < 1 || per == null || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate limit needs requests >= 1 and a positive period (per)");
            }
        }
    }
}
