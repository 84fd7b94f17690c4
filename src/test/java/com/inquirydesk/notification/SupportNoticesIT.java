package com.inquirydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.Category;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The surge check on the real queue: it reads a bounded number of rows and still agrees with a full count. */
@IntegrationTest
class SupportNoticesIT {

    @LocalServerPort
    int port;

    @Autowired
    SupportNotices notices;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void surgeCheckAgreesWithTheNumberOfWaitingInquiriesOfTheCategory() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("surge"), "WEB", "CONTRACT",
                    "계약 해지 문의 " + i, "약정 기간이 남았는데 해지하면 위약금이 얼마인가요?"));
        }
        long waiting = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE category = 'CONTRACT'"
                + " AND status IN ('RECEIVED', 'OPEN', 'ON_HOLD')", Long.class);

        assertThat(waiting).isGreaterThanOrEqualTo(3);
        assertThat(notices.queueAbove(Category.CONTRACT, (int) waiting - 1)).isTrue();
        assertThat(notices.queueAbove(Category.CONTRACT, (int) waiting)).isFalse();
        assertThat(notices.queueAbove(Category.CONTRACT, 0)).isTrue();
    }
}
