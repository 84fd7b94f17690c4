package com.inquirydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff inquiry list: each test files inquiries carrying a marker word of its own in the text, so the
 * filters and pages it checks see only its own inquiries whatever else the shared database holds.
 */
@IntegrationTest
class StaffInquiryListIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    String marker;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        marker = "표식" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void koreanWordsAreFoundWithTheirParticlesAndEveryWordMustMatch() {
        String refund = create("RETURN", "WEB", "반품 문의", "지난주 산 신발 환불을 원합니다 " + marker);
        create("RETURN", "EMAIL", "교환 문의", "사이즈 교환이 되나요? " + marker);

        JsonNode both = list("choi", "q=" + encode(marker));
        JsonNode refundOnly = list("choi", "q=" + encode(marker + " 환불"));

        assertThat(codes(both)).hasSize(2);
        assertThat(codes(refundOnly)).containsExactly(refund);
        assertThat(codes(list("choi", "q=" + encode(marker.toUpperCase() + " 환불")))).as("case does not matter")
                .containsExactly(refund);
    }

    @Test
    void filtersNarrowTheListAndPagesCarryTheTotal() {
        String billingWeb = create("BILLING", "WEB", "카드 결제 오류", "결제가 두 번 됐어요 " + marker);
        String billingMail = create("BILLING", "EMAIL", "영수증 재발급", "영수증을 다시 받고 싶어요 " + marker);
        String tech = create("TECHNICAL", "WEB", "앱 실행 오류", "앱이 켜지지 않아요 " + marker);
        String q = "q=" + encode(marker);

        assertThat(codes(list("choi", q + "&category=BILLING"))).containsExactlyInAnyOrder(billingWeb, billingMail);
        assertThat(codes(list("choi", q + "&category=BILLING&channel=EMAIL"))).containsExactly(billingMail);
        assertThat(codes(list("choi", q + "&status=CLOSED"))).isEmpty();
        TestInquiries.awaitRouted(jdbc, tech);
        assertThat(codes(list("choi", q + "&group=agents-tech"))).containsExactly(tech);
        long customer = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, billingMail);
        assertThat(codes(list("choi", q + "&customer=" + customer))).containsExactly(billingMail);

        JsonNode first = list("choi", q + "&sort=created&size=2&page=0");
        JsonNode second = list("choi", q + "&sort=created&size=2&page=1");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(codes(first)).containsExactly(tech, billingMail);
        assertThat(codes(second)).containsExactly(billingWeb);
    }

    @Test
    void agentsSeeTheirGroupsWhileSupervisorsAndAuditorsSeeAllAndOthersAreRefused() {
        String billing = create("BILLING", "WEB", "자동 결제 해지", "자동 결제를 끄고 싶어요 " + marker);
        String contract = create("CONTRACT", "WEB", "계약 기간 문의", "계약 만료일이 언제인가요 " + marker);
        TestInquiries.awaitRouted(jdbc, billing);
        TestInquiries.awaitRouted(jdbc, contract);
        String q = "q=" + encode(marker);

        assertThat(codes(list("kim", q))).containsExactly(billing);
        assertThat(codes(list("lee", q))).containsExactly(contract);
        assertThat(codes(list("choi", q))).containsExactlyInAnyOrder(billing, contract);
        assertThat(codes(list("han", q))).containsExactlyInAnyOrder(billing, contract);
        ApiClient.Response productTeam = api.get("/api/v1/staff/inquiries?" + q, login("jung"));
        assertThat(productTeam.status()).isEqualTo(403);
        assertThat(productTeam.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/staff/inquiries?" + q).status()).isEqualTo(401);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'SEARCH'"
                + " AND target LIKE ?", Long.class, "%" + marker + "%")).as("auditor's search recorded").isEqualTo(1);
    }

    @Test
    void mostUrgentComesFirstByDefault() {
        String calm = create("GENERAL", "WEB", "배송 일정 문의", "배송은 언제 오나요 " + marker);
        String upset = create("GENERAL", "WEB", "몇 번째 문의인지", "짜증나요 왜 안 되나요 ㅡㅡ " + marker);

        JsonNode listed = list("choi", "q=" + encode(marker));

        assertThat(listed.get("items").get(0).get("priority").asText()).isEqualTo("HIGH");
        assertThat(codes(listed)).containsExactly(upset, calm);
    }

    @Test
    void wrongParametersGetAProblemNamingTheParameter() {
        assertField(api.get("/api/v1/staff/inquiries?size=101", login("choi")), "size");
        assertField(api.get("/api/v1/staff/inquiries?page=-1", login("choi")), "page");
        assertField(api.get("/api/v1/staff/inquiries?status=FOO", login("choi")), "status");
        assertField(api.get("/api/v1/staff/inquiries?group=supervisors", login("choi")), "group");
        assertField(api.get("/api/v1/staff/inquiries?customer=abc", login("choi")), "customer");
        assertField(api.get("/api/v1/staff/inquiries?sort=random", login("choi")), "sort");
        assertField(api.get("/api/v1/staff/inquiries?q=" + "가".repeat(201), login("choi")), "q");
    }

    @Test
    void theDeskPageListsAndFiltersInKorean() {
        String code = create("BILLING", "WEB", "카드 변경", "결제 카드를 바꾸고 싶어요 " + marker);
        TestInquiries.awaitRouted(jdbc, code);

        ApiClient.Response page = api.get("/desk/inquiries?q=" + encode(marker), login("kim"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("문의 목록", code, "카드 변경", "모두 1건", "내 상태", "자리 비움")
                .doesNotContain("<script");
        assertThat(api.get("/desk/inquiries?size=0", login("kim")).status()).isEqualTo(400);
    }

    private void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private String create(String category, String channel, String subject, String body) {
        return TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("list"), channel, category,
                subject, body)).get("code").asText();
    }

    private JsonNode list(String user, String query) {
        ApiClient.Response response = api.get("/api/v1/staff/inquiries?" + query, login(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    static String[] login(String user) {
        return new String[] {"Authorization", ApiClient.basicAuth(user, "demo")};
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
