package com.inquirydesk.ratelimit;

import com.inquirydesk.security.KeyedBuckets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The allowances of the public side (README "Abuse limits"). Each check runs before anything of the request is
 * stored and either lets it through (taking one token from every bucket it counts against) or throws
 * {@link TooManyRequestsException}. Limits that name an inquiry or a chat session are checked only after the
 * caller proved it may act on it, so a stranger who knows a code cannot use up its customer's allowance.
 */
@Component
public class AbuseLimits {

    private final boolean enabled;
    private final Set<String> unlimitedAddresses;
    private final KeyedBuckets intakeByAddress;
    private final KeyedBuckets intakeByContact;
    private final KeyedBuckets repliesByInquiry;
    private final KeyedBuckets agentRequestsByInquiry;
    private final KeyedBuckets chatSessionsByAddress;
    private final KeyedBuckets chatMessagesBySession;
    private final KeyedBuckets chatMessagesByAddress;
    private final KeyedBuckets webhookByUser;

    AbuseLimits(RateLimitProperties properties) {
        this.enabled = properties.enabled();
        this.unlimitedAddresses = Set.copyOf(properties.unlimitedAddresses());
        this.intakeByAddress = buckets(properties.intakePerAddress());
        this.intakeByContact = buckets(properties.intakePerContact());
        this.repliesByInquiry = buckets(properties.repliesPerInquiry());
        this.agentRequestsByInquiry = buckets(properties.agentRequestsPerInquiry());
        this.chatSessionsByAddress = buckets(properties.chatSessionsPerAddress());
        this.chatMessagesBySession = buckets(properties.chatMessagesPerSession());
        this.chatMessagesByAddress = buckets(properties.chatMessagesPerAddress());
        this.webhookByUser = buckets(properties.webhookPerUser());
    }

    /** A new inquiry: per source address and per contact it names (each of e-mail, phone and external id). */
    public void admitIntake(String sourceAddress, String email, String phone, String externalId) {
        List<Count> counts = new ArrayList<>();
        address(sourceAddress).ifPresent(address -> counts.add(new Count(intakeByAddress, address)));
        if (email != null && !email.isBlank()) {
            counts.add(new Count(intakeByContact, "email:" + email.strip().toLowerCase(Locale.ROOT)));
        }
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            counts.add(new Count(intakeByContact, "phone:" + digits));
        }
        if (externalId != null && !externalId.isBlank()) {
            counts.add(new Count(intakeByContact, "external:" + externalId.strip()));
        }
        admit(counts, "짧은 시간에 너무 많은 문의가 접수되었습니다. %d초 후에 다시 보내 주세요.");
    }

    /** A customer's reply to their inquiry (after its access token was checked). */
    public void admitReply(String inquiryCode) {
        admit(List.of(new Count(repliesByInquiry, inquiryCode)),
                "이 문의에 짧은 시간에 너무 많은 답장이 왔습니다. %d초 후에 다시 보내 주세요.");
    }

    /** "Connect me to an agent" on an inquiry (after its access token was checked). */
    public void admitAgentRequest(String inquiryCode) {
        admit(List.of(new Count(agentRequestsByInquiry, inquiryCode)),
                "상담원 연결은 이미 요청되어 있습니다. 다시 요청하시려면 %d초 후에 시도해 주세요.");
    }

    public void admitChatSession(String sourceAddress) {
        admit(address(sourceAddress).map(address -> List.of(new Count(chatSessionsByAddress, address))).orElse(List.of()),
                "새 채팅을 너무 많이 열었습니다. %d초 후에 다시 시도해 주세요.");
    }

    /** A line in a chat session (after its chat token was checked). */
    public void admitChatMessage(String sourceAddress, String sessionId) {
        List<Count> counts = new ArrayList<>();
        counts.add(new Count(chatMessagesBySession, sessionId));
        address(sourceAddress).ifPresent(address -> counts.add(new Count(chatMessagesByAddress, address)));
        admit(counts, "메시지를 너무 빠르게 보내고 있습니다. %d초 후에 다시 보내 주세요.");
    }

    /** A signed messenger delivery, per channel and messenger user. */
    public void admitWebhook(String channel, String userId) {
        admit(List.of(new Count(webhookByUser, channel + "\n" + userId)),
                "이 사용자의 메시지가 짧은 시간에 너무 많이 왔습니다. %d초 후에 다시 보내 주세요.");
    }

    private Optional<String> address(String sourceAddress) {
        return sourceAddress == null || unlimitedAddresses.contains(sourceAddress) ? Optional.empty()
                : Optional.of(sourceAddress);
    }

    /** Lets the request through only when every bucket it counts against has a token left; then takes them. */
    private void admit(List<Count> counts, String detail) {
        if (!enabled || counts.isEmpty()) {
            return;
        }
        Duration wait = Duration.ZERO;
        for (Count count : counts) {
            wait = longer(wait, count.buckets().waitFor(count.key()));
        }
        if (wait.isZero()) {
            for (Count count : counts) {
                wait = longer(wait, count.buckets().take(count.key()));
            }
        }
        if (!wait.isZero()) {
            long seconds = KeyedBuckets.retryAfterSeconds(wait);
            throw new TooManyRequestsException(Duration.ofSeconds(seconds), detail.formatted(seconds));
        }
    }

    private static Duration longer(Duration wait, Optional<Duration> other) {
        return other.filter(o -> o.compareTo(wait) > 0).orElse(wait);
    }

    private static KeyedBuckets buckets(RateLimitProperties.Allowance allowance) {
        return new KeyedBuckets(allowance.requests(), allowance.per());
    }

    private record Count(KeyedBuckets buckets, String key) {
    }
}
