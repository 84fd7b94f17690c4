package com.inquirydesk.desk;

import static com.inquirydesk.desk.StaffInquiryListIT.login;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer profile: every inquiry across channels, contact details as the role allows, tier and segment by supervisors. */
@IntegrationTest
class CustomerProfileIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String email;
    String billing;
    String technical;
    long customer;

    @BeforeEach
    void aCustomerWhoWroteThroughTwoChannels() {
        api = new ApiClient(port);
        email = TestInquiries.uniqueEmail("profile");
        billing = TestInquiries.create(api, TestInquiries.request(email, "WEB", "BILLING", "결제 영수증",
                "3월 결제 영수증이 필요합니다.")).get("code").asText();
        technical = TestInquiries.create(api, TestInquiries.request(email, "EMAIL", "TECHNICAL", "비밀번호 재설정 메일",
                "재설정 메일이 오지 않아요.")).get("code").asText();
        customer = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, billing);
        TestInquiries.awaitRouted(jdbc, billing);
        TestInquiries.awaitRouted(jdbc, technical);
        // The second request only claimed the address, so it got a record of its own linked as possibly the same
        // customer; a supervisor merges the two, as the desk offers.
        long claimed = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, technical);
        if (claimed != customer) {
            assertThat(api.post("/api/v1/staff/customers/" + customer + "/merge", "{\"from\":" + claimed + "}",
                    login("choi")).status()).isEqualTo(200);
        }
    }

    @Test
    void staffSeeEveryInquiryAcrossChannelsWithContactDetailsAsTheirRoleAllows() {
        JsonNode supervisor = history("choi");
        assertThat(supervisor.get("inquiries").findValuesAsText("code")).containsExactly(technical, billing);
        assertThat(supervisor.get("channels").toString()).contains("WEB", "EMAIL");
        assertThat(supervisor.get("email").asText()).isEqualTo(email);

        JsonNode auditor = history("han");
        assertThat(auditor.get("contactMasked").asBoolean()).isTrue();
        assertThat(auditor.get("email").asText()).doesNotContain(email.substring(1, email.indexOf('@'))).contains("***@");

        assertThat(history("kim").get("inquiries").size()).as("kim works the billing inquiry").isEqualTo(2);
        ApiClient.Response lee = api.get("/api/v1/staff/customers/" + customer + "/history", login("lee"));
        assertThat(lee.status()).as("lee works neither group").isEqualTo(404);
        assertThat(api.get("/api/v1/staff/customers/987654321/history", login("choi")).status()).isEqualTo(404);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'READ'"
                + " AND subject_customer_id = ?", Long.class, customer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'lee' AND action = 'READ_REFUSED'"
                + " AND entity_id = ?", Long.class, String.valueOf(customer))).isEqualTo(1);
    }

    @Test
    void supervisorsChangeTierAndSegmentWithinTheVocabularyAndAgentsMayNot() {
        String path = "/api/v1/staff/customers/" + customer;

        ApiClient.Response changed = api.patch(path, ApiClient.json(Map.of("tier", "VIP", "segment", "clinic")), login("choi"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("tier").asText()).isEqualTo("VIP");
        assertThat(jdbc.queryForObject("SELECT tier FROM customer WHERE id = ?", String.class, customer)).isEqualTo("VIP");
        assertThat(jdbc.queryForObject("SELECT segment FROM customer WHERE id = ?", String.class, customer)).isEqualTo("clinic");
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE actor = 'choi' AND action = 'CUSTOMER_UPDATED'"
                + " AND entity_id = ?", String.class, String.valueOf(customer))).contains("STANDARD -> VIP", "-> clinic");

        assertThat(api.patch(path, "{\"tier\":\"STANDARD\"}", login("kim")).status()).isEqualTo(403);
        assertThat(api.patch(path, "{\"tier\":\"STANDARD\"}", login("han")).status()).isEqualTo(403);
        assertThat(field(api.patch(path, "{\"tier\":\"GOLD\"}", login("choi")))).isEqualTo("tier");
        assertThat(field(api.patch(path, "{\"segment\":\"unknown-segment\"}", login("choi")))).isEqualTo("segment");
        assertThat(field(api.patch(path, "{\"email\":\"someone@example.kr\"}", login("choi")))).isEqualTo("email");
        assertThat(field(api.patch(path, "{}", login("choi")))).isEqualTo("tier");

        assertThat(api.patch(path, "{\"segment\":null}", login("choi")).json().has("segment")).as("cleared").isFalse();
        assertThat(jdbc.queryForObject("SELECT tier FROM customer WHERE id = ?", String.class, customer)).isEqualTo("VIP");
    }

    @Test
    void theDeskPageShowsTheHistoryAndTheEditFormOnlyToSupervisors() {
        ApiClient.Response supervisor = api.get("/desk/customers/" + customer, login("choi"));
        ApiClient.Response agent = api.get("/desk/customers/" + customer, login("kim"));

        assertThat(supervisor.status()).isEqualTo(200);
        assertThat(supervisor.body()).contains(billing, technical, "모든 문의 (2건, 모든 채널)", "등급·구분 변경");
        assertThat(agent.status()).isEqualTo(200);
        assertThat(agent.body()).contains(billing, technical).doesNotContain("등급·구분 변경");
        assertThat(api.get("/desk/customers/abc", login("choi")).status()).isEqualTo(400);
    }

    private JsonNode history(String user) {
        ApiClient.Response response = api.get("/api/v1/staff/customers/" + customer + "/history", login(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String field(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asText();
    }
}
