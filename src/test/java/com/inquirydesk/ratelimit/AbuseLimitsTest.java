package com.inquirydesk.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.ratelimit.RateLimitProperties.Allowance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class AbuseLimitsTest {

    private static RateLimitProperties limits(boolean enabled, int intakePerAddress, int intakePerContact) {
        Allowance hour = new Allowance(intakePerContact, Duration.ofHours(1));
        return new RateLimitProperties(enabled, List.of("127.0.0.1"), new Allowance(intakePerAddress, Duration.ofMinutes(10)),
                hour, null, null, null, null, null, null);
    }

    @Test
    void anAddressOverItsAllowanceIsToldHowLongToWait() {
        AbuseLimits abuse = new AbuseLimits(limits(true, 2, 100));
        abuse.admitIntake("198.51.100.1", "a@example.kr", null, null);
        abuse.admitIntake("198.51.100.1", "b@example.kr", null, null);

        assertThatThrownBy(() -> abuse.admitIntake("198.51.100.1", "c@example.kr", null, null))
                .isInstanceOfSatisfying(TooManyRequestsException.class, refused -> {
                    // Two per ten minutes: the next one comes back after five minutes.
                    assertThat(refused.retryAfterSeconds()).isBetween(290L, 300L);
                    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                            .isEqualTo(Long.toString(refused.retryAfterSeconds()));
                    assertThat(refused.getStatusCode().value()).isEqualTo(429);
                });
        assertThatCode(() -> abuse.admitIntake("198.51.100.2", "d@example.kr", null, null)).doesNotThrowAnyException();
    }

    @Test
    void aContactIsTheSameWhateverItsSpellingAndEveryContactItNamesCounts() {
        AbuseLimits abuse = new AbuseLimits(limits(true, 100, 1));
        abuse.admitIntake("198.51.100.3", "Kim@Example.kr", "010-1234-5678", null);

        assertThatThrownBy(() -> abuse.admitIntake("198.51.100.4", " kim@example.KR ", null, null))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> abuse.admitIntake("198.51.100.5", "new@example.kr", "01012345678", null))
                .isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> abuse.admitIntake("198.51.100.5", "new@example.kr", null, null))
                .as("the refused request above took nothing from new@example.kr").doesNotThrowAnyException();
    }

    @Test
    void theHostItselfIsNotLimitedByAddressButItsContactsAre() {
        AbuseLimits abuse = new AbuseLimits(limits(true, 1, 1));
        abuse.admitIntake("127.0.0.1", "one@example.kr", null, null);
        abuse.admitIntake("127.0.0.1", "two@example.kr", null, null);

        assertThatThrownBy(() -> abuse.admitIntake("127.0.0.1", "two@example.kr", null, null))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void switchedOffNothingIsEverRefused() {
        AbuseLimits abuse = new AbuseLimits(limits(false, 1, 1));
        for (int i = 0; i < 50; i++) {
            abuse.admitIntake("198.51.100.9", "same@example.kr", "010-0000-0000", "ext");
            abuse.admitReply("INQ-20260101-000001");
            abuse.admitAgentRequest("INQ-20260101-000001");
            abuse.admitChatSession("198.51.100.9");
            abuse.admitChatMessage("198.51.100.9", "session");
            abuse.admitWebhook("messenger", "user");
        }
    }

    @Test
    void anAllowanceNeedsRequestsAndAPeriod() {
        assertThatThrownBy(() -> new Allowance(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Allowance(5, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
