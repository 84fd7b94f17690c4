package com.inquirydesk.voc.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The weekly report from rows in the database: a week of July 2025 (no other test writes there), compiled,
 * stored in weekly_voc_report and served to staff behind the review form's link.
 */
@IntegrationTest
class WeeklyVocReportIT {

    static final LocalDate WEEK = LocalDate.of(2025, 7, 7);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WeeklyVocReportService reports;

    @Test
    void lastWeeksAnswersAndOtherInquiriesBecomeAStoredReport() {
        long customer = customer();
        // Monday 2025-07-07 00:10 in Seoul (Sunday in UTC) is inside, Monday 2025-07-14 00:10 is not.
        answer(inquiry("INQ-20250707-910001", customer, "BILLING", "kim", "2025-07-06T15:10:00Z", "결제 문의", "결제 오류"),
                "kim", 1, 6, 2, "결제 오류 안내가 너무 늦었어요", "2025-07-06T15:10:00Z");
        answer(inquiry("INQ-20250708-910002", customer, "BILLING", "kim", "2025-07-08T01:00:00Z", "결제 문의", "중복 결제"),
                "kim", 2, 5, 6, "중복 결제 환불이 안 돼요", "2025-07-08T02:00:00Z");
        answer(inquiry("INQ-20250709-910003", customer, "RETURN", "lee", "2025-07-09T01:00:00Z", "반품", "반품 신청"),
                "lee", 5, 1, 10, "반품 안내가 친절했어요 😊", "2025-07-09T02:00:00Z");
        answer(inquiry("INQ-20250714-910004", customer, "RETURN", "lee", "2025-07-13T15:10:00Z", "반품", "반품 신청"),
                "lee", 1, 7, 0, "다음 주 응답", "2025-07-13T15:10:00Z");
        inquiry("INQ-20250708-910011", customer, "OTHER", null, "2025-07-08T03:00:00Z", "계약 해지", "계약 기간 중 해지 위약금이 있나요?");
        inquiry("INQ-20250709-910012", customer, "OTHER", null, "2025-07-09T03:00:00Z", "계약 명의", "계약 명의를 바꾸고 싶어요");

        WeeklyVocReportService.Compiled compiled = reports.compile(WEEK);

        assertThat(compiled.weekLabel()).isEqualTo("2025-07-07 ~ 2025-07-13");
        assertThat(compiled.guideCategoryChoices()).isEqualTo("BILLING:결제");
        assertThat(compiled.summary()).contains("설문 응답 3건").contains("[반복 저평가 분류] 결제(2건)")
                .contains("계약 2건(INQ-20250708-910011, INQ-20250709-910012)");
        Map<String, Object> row = jdbc.queryForMap("SELECT answer_count, low_score_count, flagged_categories"
                + " FROM weekly_voc_report WHERE id = ?", compiled.id());
        assertThat(((Number) row.get("answer_count")).intValue()).isEqualTo(3);
        assertThat(((Number) row.get("low_score_count")).intValue()).isEqualTo(2);
        assertThat(row.get("flagged_categories")).isEqualTo("BILLING");

        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/reports/weekly-voc/" + compiled.id()).status()).isEqualTo(401);
        ApiClient.Response response = api.get("/api/v1/reports/weekly-voc/" + compiled.id(), "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("choi:demo".getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("weekStart").asText()).isEqualTo("2025-07-07");
        assertThat(report.get("total").get("answers").asInt()).isEqualTo(3);
        assertThat(report.get("total").get("npsScore").asDouble()).isEqualTo(-33.3);
        assertThat(report.get("lowScoreAnswers").findValuesAsText("inquiryCode"))
                .containsExactly("INQ-20250707-910001", "INQ-20250708-910002");
        assertThat(report.get("lowScoreAnswers").get(1).get("comment").asText()).isEqualTo("중복 결제 환불이 안 돼요");
        assertThat(report.get("flaggedCategories").findValuesAsText("category")).containsExactly("BILLING");
        assertThat(report.get("topKeywords").get(0).get("keyword").asText()).isEqualTo("결제");
        assertThat(report.get("newCategoryCandidates").get(0).get("keyword").asText()).isEqualTo("계약");

        GuideUpdateContext billing = reports.guideContext(compiled.id(), "BILLING");
        assertThat(billing.vocKeywords()).startsWith("결제");
        assertThat(billing.conversationUrl()).endsWith("/desk/inquiries/INQ-20250707-910001");
        assertThat(reports.guideContext(compiled.id(), "RETURN"))
                .isEqualTo(new GuideUpdateContext("", compiled.url()));

        // A rerun for the same week replaces the report in place; the review's choice is kept with it.
        assertThat(reports.compile(WEEK).id()).isEqualTo(compiled.id());
        reports.recordGuideSelection(compiled.id(), List.of("BILLING"), "choi", "결제 오류 안내 보강");
        assertThat(jdbc.queryForObject("SELECT guide_categories FROM weekly_voc_report WHERE id = ?", String.class,
                compiled.id())).isEqualTo("BILLING");
        assertThat(api.get("/api/v1/reports/weekly-voc/999999", "Authorization", "Basic "
                + Base64.getEncoder().encodeToString("choi:demo".getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(404);
    }

    private long customer() {
        String email = "weekly-" + UUID.randomUUID() + "@example.kr";
        jdbc.update("INSERT INTO customer (email, name, created_at) VALUES (?, ?, ?)", email, "홍길동",
                utc("2025-07-01T00:00:00Z"));
        return jdbc.queryForObject("SELECT id FROM customer WHERE email = ?", Long.class, email);
    }

    private long inquiry(String code, long customer, String category, String assignee, String created, String subject,
                         String body) {
        jdbc.update("INSERT INTO inquiry (code, customer_id, channel, category, subject, body, status, assignee,"
                        + " access_token_nonce, access_token_hash, created_at, updated_at)"
                        + " VALUES (?, ?, 'WEB', ?, ?, ?, 'RESOLVED', ?, 'nonce', 'hash', ?, ?)",
                code, customer, category, subject, body, assignee, utc(created), utc(created));
        return jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, code);
    }

    private void answer(long inquiryId, String agent, int csat, int ces, int nps, String comment, String at) {
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, comment, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", inquiryId, agent, csat, ces, nps, comment, utc(at));
    }

    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
