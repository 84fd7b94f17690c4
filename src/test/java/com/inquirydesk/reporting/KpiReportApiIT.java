package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/v1/reports/kpis over a fixed week of June 2025 (no other test writes there), inserted row by row:
 * four inquiries inside the week in Seoul time, one just outside, three survey answers and SLA outcomes.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiReportApiIT {

    static final String WEEK = "from=2025-06-02&to=2025-06-08";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeAll
    void insertTheWeek() {
        long customer = customer();
        // 2025-06-02 00:30 in Seoul is still Sunday in UTC: inside the period.
        Instant a = Instant.parse("2025-06-01T15:30:00Z");
        long billingA = inquiry("INQ-20250602-900001", customer, "WEB", "BILLING", "kim", "CLOSED", a, 30, 120,
                a.plus(Duration.ofDays(1)), null, 0);
        Instant b = Instant.parse("2025-06-03T01:00:00Z");
        long billingB = inquiry("INQ-20250603-900002", customer, "EMAIL", "BILLING", "kim", "RESOLVED", b, 90, 600,
                null, null, 1);
        Instant c = Instant.parse("2025-06-04T01:00:00Z");
        long returnC = inquiry("INQ-20250604-900003", customer, "WEB", "RETURN", "lee", "CLOSED", c, 10, null,
                c.plus(Duration.ofMinutes(20)), "SELF_SERVICE", 0);
        inquiry("INQ-20250605-900004", customer, "CHAT", "OTHER", null, "OPEN", Instant.parse("2025-06-05T01:00:00Z"),
                null, null, null, null, 0);
        // Monday 2025-06-09 00:00 in Seoul: the next week.
        inquiry("INQ-20250609-900005", customer, "WEB", "BILLING", "kim", "OPEN", Instant.parse("2025-06-08T15:00:00Z"),
                5, null, null, null, 0);

        // billingA was resolved with one agent answer (the customer's thanks and an internal note do not count);
        // billingB took two answers and was reopened: one of the two resolutions of the week is at first contact.
        message(billingA, "CUSTOMER", a.plus(Duration.ofMinutes(1)));
        message(billingA, "AGENT", a.plus(Duration.ofMinutes(30)));
        message(billingA, "CUSTOMER", a.plus(Duration.ofMinutes(40)));
        message(billingA, "NOTE", a.plus(Duration.ofMinutes(50)));
        message(billingB, "AGENT", b.plus(Duration.ofMinutes(90)));
        message(billingB, "AGENT", b.plus(Duration.ofMinutes(600)));

        // criteria: retention, product experience, online experience, wait time, expectations met (null = left out)
        survey(billingA, "kim", 5, 2, 10, Instant.parse("2025-06-03T02:00:00Z"), 5, 4, null, 3, 5);
        survey(billingB, "kim", 2, 6, 3, Instant.parse("2025-06-04T02:00:00Z"), 2, null, null, 1, 2);
        survey(returnC, "lee", 4, 3, 8, Instant.parse("2025-06-05T02:00:00Z"), 4, 5, 3, 3, 4);

        slaEvent(billingA, "MET", a.plus(Duration.ofMinutes(30)));
        slaEvent(billingB, "WARNED", b.plus(Duration.ofMinutes(60)));
        slaEvent(billingB, "BREACHED", b.plus(Duration.ofMinutes(80)));
        slaEvent(returnC, "MET", c.plus(Duration.ofMinutes(10)));
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void kpisByCategoryWithATotalRow() {
        ApiClient.Response response = api.get("/api/v1/reports/kpis?" + WEEK + "&groupBy=category", staff());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode report = response.json();
        assertThat(report.get("groupBy").asText()).isEqualTo("category");
        assertThat(report.get("timeZone").asText()).isEqualTo("Asia/Seoul");
        assertThat(report.get("rows").findValuesAsText("group")).containsExactly("BILLING", "RETURN", "OTHER");
        assertThat(report.get("rows").findValuesAsText("label")).containsExactly("결제", "반품·환불", "기타");

        JsonNode billing = report.get("rows").get(0).get("values");
        assertThat(billing.get("inquiries").asInt()).isEqualTo(2);
        assertThat(billing.get("surveyAnswers").asInt()).isEqualTo(2);
        assertThat(billing.get("csatAverage").asDouble()).isEqualTo(3.5);
        assertThat(billing.get("csatSatisfiedShare").asDouble()).isEqualTo(0.5);
        assertThat(billing.get("npsScore").asDouble()).isEqualTo(0.0);
        assertThat(billing.get("cesAverage").asDouble()).isEqualTo(4.0);
        assertThat(billing.get("firstResponseMedianMinutes").asDouble()).isEqualTo(60.0);
        assertThat(billing.get("firstResponseP90Minutes").asDouble()).isEqualTo(90.0);
        assertThat(billing.get("resolutionMedianMinutes").asDouble()).isEqualTo(360.0);
        assertThat(billing.get("resolutionP90Minutes").asDouble()).isEqualTo(600.0);
        assertThat(billing.get("slaMetShare").asDouble()).isEqualTo(0.5);
        assertThat(billing.get("selfServiceShare").asDouble()).isEqualTo(0.0);
        assertThat(billing.get("reopenShare").asDouble()).isEqualTo(0.5);
        assertThat(billing.get("firstContactResolutionShare").asDouble()).isEqualTo(0.5);
        assertThat(billing.get("retentionAverage").asDouble()).isEqualTo(3.5);
        assertThat(billing.get("productExperienceAverage").asDouble()).as("only one answer rated it").isEqualTo(4.0);
        assertThat(billing.get("onlineExperienceAverage").isNull()).as("nobody rated it: null, not 0").isTrue();
        assertThat(billing.get("waitTimeAverage").asDouble()).isEqualTo(2.0);
        assertThat(billing.get("expectationsMetAverage").asDouble()).isEqualTo(3.5);

        JsonNode other = report.get("rows").get(2).get("values");
        assertThat(other.get("inquiries").asInt()).isEqualTo(1);
        assertThat(other.get("csatAverage").isNull()).as("no answers: null, not 0").isTrue();
        assertThat(other.get("slaMetShare").isNull()).isTrue();
        assertThat(other.get("firstContactResolutionShare").isNull()).as("nothing resolved").isTrue();
        assertThat(other.get("retentionAverage").isNull()).isTrue();

        JsonNode total = report.get("total");
        assertThat(total.get("group").asText()).isEqualTo("TOTAL");
        JsonNode values = total.get("values");
        assertThat(values.get("inquiries").asInt()).as("the inquiry of the next Monday is outside").isEqualTo(4);
        assertThat(values.get("surveyAnswers").asInt()).isEqualTo(3);
        assertThat(values.get("csatAverage").asDouble()).isEqualTo(3.67);
        assertThat(values.get("csatSatisfiedShare").asDouble()).isEqualTo(0.6667);
        assertThat(values.get("npsScore").asDouble()).isEqualTo(0.0);
        assertThat(values.get("cesAverage").asDouble()).isEqualTo(3.67);
        assertThat(values.get("firstResponseMedianMinutes").asDouble()).isEqualTo(30.0);
        assertThat(values.get("firstResponseP90Minutes").asDouble()).isEqualTo(90.0);
        assertThat(values.get("resolutionMedianMinutes").asDouble()).isEqualTo(360.0);
        assertThat(values.get("slaMetShare").asDouble()).isEqualTo(0.6667);
        assertThat(values.get("selfServiceShare").asDouble()).isEqualTo(0.5);
        assertThat(values.get("reopenShare").asDouble()).isEqualTo(0.5);
        assertThat(values.get("firstContactResolutionShare").asDouble()).isEqualTo(0.5);
        assertThat(values.get("retentionAverage").asDouble()).isEqualTo(3.67);
        assertThat(values.get("productExperienceAverage").asDouble()).isEqualTo(4.5);
        assertThat(values.get("onlineExperienceAverage").asDouble()).isEqualTo(3.0);
        assertThat(values.get("waitTimeAverage").asDouble()).isEqualTo(2.33);
        assertThat(values.get("expectationsMetAverage").asDouble()).isEqualTo(3.67);
    }

    @Test
    void kpisByAgentAndByWeek() {
        JsonNode byAgent = api.get("/api/v1/reports/kpis?" + WEEK + "&groupBy=agent", staff()).json();
        assertThat(byAgent.get("rows").findValuesAsText("group")).containsExactly("kim", "lee", "NONE");
        assertThat(byAgent.get("rows").get(0).get("values").get("npsScore").asDouble()).isEqualTo(0.0);

        JsonNode byWeek = api.get("/api/v1/reports/kpis?from=2025-06-02&to=2025-06-15&groupBy=week", staff()).json();
        assertThat(byWeek.get("rows").findValuesAsText("group")).containsExactly("2025-06-02", "2025-06-09");
        assertThat(byWeek.get("rows").get(1).get("label").asText()).isEqualTo("2025-06-09 ~ 2025-06-15");
        assertThat(byWeek.get("rows").get(1).get("values").get("inquiries").asInt()).isEqualTo(1);
    }

    @Test
    void csvForExcelWithBomHeaderAndTotal() {
        ApiClient.Response response = api.get("/api/v1/reports/kpis?" + WEEK + "&groupBy=channel&format=csv", staff());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"kpis-2025-06-02-2025-06-08-channel.csv\"");
        assertThat(response.body()).startsWith("\uFEFF그룹,구분,접수 문의 수,설문 응답 수,CSAT 평균,");
        String[] lines = response.body().substring(1).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).endsWith(",재문의 비율,첫 접촉 해결 비율,재이용 의향 평균,제품 경험 평균,온라인 경험 평균,"
                + "대기 시간 평균,기대 충족 평균");
        assertThat(lines[1]).isEqualTo("WEB,웹,2,2,4.5,1,50,2.5,20,30,120,120,1,0.5,0,1,4.5,4.5,3,3,4.5");
        assertThat(lines[2]).isEqualTo("EMAIL,이메일,1,1,2,0,-100,6,90,90,600,600,0,,1,0,2,,,1,2");
        assertThat(lines[3]).isEqualTo("CHAT,채팅,1,0,,,,,,,,,,,,,,,,,");
        assertThat(lines[4]).isEqualTo(
                "TOTAL,전체,4,3,3.67,0.6667,0,3.67,30,90,360,600,0.6667,0.5,0.5,0.5,3.67,4.5,3,2.33,3.67");
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(api.get("/api/v1/reports/kpis?" + WEEK).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/reports/kpis?" + WEEK + "&format=csv").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertProblem("/api/v1/reports/kpis?from=2025-13-01&to=2025-06-08", "from");
        assertProblem("/api/v1/reports/kpis?from=2025-06-02", "to");
        assertProblem("/api/v1/reports/kpis?from=2025-06-09&to=2025-06-08", "from");
        assertProblem("/api/v1/reports/kpis?" + WEEK + "&groupBy=customer", "groupBy");
        assertProblem("/api/v1/reports/kpis?" + WEEK + "&format=xlsx", "format");
    }

    private void assertProblem(String path, String parameter) {
        ApiClient.Response response = api.get(path, staff());
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("title").asText()).isEqualTo("입력값 오류");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(parameter);
        assertThat(problem.get("detail").asText()).startsWith(parameter + ": ");
    }

    private static String[] staff() {
        return new String[] {"Authorization", ApiClient.basicAuth("choi", "demo")};
    }

    private long customer() {
        String email = "kpi-" + UUID.randomUUID() + "@example.kr";
        jdbc.update("INSERT INTO customer (email, name, created_at) VALUES (?, ?, ?)", email, "홍길동",
                utc(Instant.parse("2025-06-01T00:00:00Z")));
        return jdbc.queryForObject("SELECT id FROM customer WHERE email = ?", Long.class, email);
    }

    private long inquiry(String code, long customer, String channel, String category, String assignee, String status,
                         Instant created, Integer firstResponseMinutes, Integer resolvedMinutes, Instant closed,
                         String closeReason, int reopenCount) {
        jdbc.update("INSERT INTO inquiry (code, customer_id, channel, category, subject, body, status, assignee,"
                        + " first_response_at, resolved_at, closed_at, close_reason, reopen_count, access_token_nonce,"
                        + " access_token_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code, customer, channel, category, "KPI 테스트 문의", "KPI 테스트 본문", status, assignee,
                plusMinutes(created, firstResponseMinutes), plusMinutes(created, resolvedMinutes),
                closed == null ? null : utc(closed), closeReason, reopenCount, "nonce", "hash", utc(created), utc(created));
        return jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, code);
    }

    private void survey(long inquiryId, String agent, int csat, int ces, int nps, Instant at, Integer retention,
                        Integer productExperience, Integer onlineExperience, Integer waitTime, Integer expectationsMet) {
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, retention, product_experience,"
                        + " online_experience, wait_time, expectations_met, answered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inquiryId, agent, csat, ces, nps, retention, productExperience, onlineExperience, waitTime,
                expectationsMet, utc(at));
    }

    private void message(long inquiryId, String direction, Instant at) {
        jdbc.update("INSERT INTO inquiry_message (inquiry_id, direction, channel, body, author, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", inquiryId, direction, "WEB", "KPI 테스트 메시지", "kim", utc(at));
    }

    private void slaEvent(long inquiryId, String kind, Instant at) {
        jdbc.update("INSERT INTO sla_event (inquiry_id, metric, kind, due_at, occurred_at) VALUES (?, ?, ?, ?, ?)",
                inquiryId, "FIRST_RESPONSE", kind, utc(at), utc(at));
    }

    private static LocalDateTime plusMinutes(Instant start, Integer minutes) {
        return minutes == null ? null : utc(start.plus(Duration.ofMinutes(minutes)));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
