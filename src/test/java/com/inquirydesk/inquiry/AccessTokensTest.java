package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.system.InquiryDeskProperties;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    @Test
    void theServiceRefusesToStartWithoutASecret() {
        assertThatThrownBy(() -> tokens(null)).hasMessageContaining("inquiry-desk.access-token-secret");
        assertThatThrownBy(() -> tokens("short")).hasMessageContaining("inquiry-desk.access-token-secret");
    }

    @Test
    void tokensAreRandomUrlSafeAndOnlyTheirHashIsCompared() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = AccessTokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token)).isTrue();
        }
        String token = AccessTokens.newToken();
        String hash = AccessTokens.hash(token);
        assertThat(hash).doesNotContain(token).hasSize(64);
        assertThat(AccessTokens.matches(token, hash)).isTrue();
        assertThat(AccessTokens.matches(AccessTokens.newToken(), hash)).isFalse();
        assertThat(AccessTokens.matches(null, hash)).isFalse();
    }

    @Test
    void aSealedTokenOpensOnlyUnderTheSameSecret() {
        AccessTokens server = tokens("a-secret-of-sixteen-or-more");
        String token = AccessTokens.newToken();
        String sealed = server.seal(token);

        assertThat(sealed).doesNotContain(token);
        assertThat(server.seal(token)).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(server.unseal(sealed)).contains(token);
        assertThat(tokens("another-secret-of-sixteen").unseal(sealed)).isEmpty();
        assertThat(server.unseal(sealed.substring(0, sealed.length() - 2) + "AA")).as("tampered").isEmpty();
        assertThat(server.unseal(null)).isEmpty();
    }

    private static AccessTokens tokens(String secret) {
        return new AccessTokens(new InquiryDeskProperties("http://localhost:8080", ZoneId.of("Asia/Seoul"),
                secret, null, null, null, null));
    }
}
