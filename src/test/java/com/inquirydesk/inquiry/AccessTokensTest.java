package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inquirydesk.system.InquiryDeskProperties;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    @Test
    void theServiceRefusesToStartWithoutASecret() {
        assertThatThrownBy(() -> new AccessTokens(new InquiryDeskProperties("http://localhost:8080", ZoneId.of("Asia/Seoul"),
                null, null, null, null, null)))
                .hasMessageContaining("inquiry-desk.access-token-secret");
    }
}
