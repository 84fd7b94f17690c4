package com.inquirydesk.intake;

import static com.inquirydesk.TestInquiries.request;
import static com.inquirydesk.TestInquiries.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** Discomfort is read on every customer message: an upset follow-up gets the apology, once per inquiry. */
@IntegrationTest
class FollowUpDiscomfortIT {

    private static final String APOLOGY = "불편을 겪게 해 드려";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anUpsetFollowUpGetsTheApologyAndTheRouteToAPersonOnce() {
        ApiClient api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, request(uniqueEmail("follow-up"), "WEB", "GENERAL",
                "배송 문의", "전화나 메일로 배송 일정 알려 주세요"));
        assertThat(created.has("apology")).as("a calm first message").isFalse();
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();

        // The acknowledgement goes out first (it would carry the apology itself if discomfort were already known).
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox o"
                + " JOIN inquiry i ON i.id = o.inquiry_id WHERE i.code = ?", Long.class, code) > 0);
        assertThat(reply(api, code, token, "확인 부탁드려요").status()).isEqualTo(202);
        assertThat(apologies(api, code, token)).isZero();

        assertThat(reply(api, code, token, "벌써 사흘째인데 아직도 답이 없네요. 정말 화나요 ㅡㅡ").status()).isEqualTo(202);
        assertThat(apologies(api, code, token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT discomfort FROM inquiry WHERE code = ?", Boolean.class, code)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id"
                + " WHERE i.code = ? AND o.template_code = 'DISCOMFORT_APOLOGY'", Long.class, code)).isEqualTo(1L);

        assertThat(reply(api, code, token, "짜증나서 못 기다리겠어요").status()).isEqualTo(202);
        assertThat(apologies(api, code, token)).as("once per inquiry").isEqualTo(1);
    }

    private static ApiClient.Response reply(ApiClient api, String code, String token, String body) {
        return api.post("/api/v1/inquiries/" + code + "/messages", ApiClient.json(Map.of("body", body)),
                "X-Access-Token", token);
    }

    private static long apologies(ApiClient api, String code, String token) {
        JsonNode view = api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json();
        return StreamSupport.stream(view.get("messages").spliterator(), false)
                .filter(message -> message.get("body").asText().contains(APOLOGY))
                .count();
    }
}
