package com.inquirydesk.voc.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored weekly VOC report as a page: scores, the low-score answer with its comment, for readers only. */
@IntegrationTest
class WeeklyVocReportPageIT {

    static final LocalDate WEEK = LocalDate.of(2024, 3, 4);

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired WeeklyVocReportService reports;

    @Test
    void supervisorsReadTheCompiledWeekAsAPageAndAgentsAreRefused() {
        String code = "INQ-20240305-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
        String email = "weekly-page-" + UUID.randomUUID() + "@example.kr";
        jdbc.update("INSERT INTO customer (email, name, created_at) VALUES (?, ?, ?)", email, "홍길동",
                utc("2024-03-01T00:00:00Z"));
        long customer = jdbc.queryForObject("SELECT id FROM customer WHERE email = ?", Long.class, email);
        jdbc.update("INSERT INTO inquiry (code, customer_id, channel, category, subject, body, status, assignee,"
                        + " access_token_nonce, access_token_hash, created_at, updated_at)"
                        + " VALUES (?, ?, 'WEB', 'BILLING', '결제 문의', '중복 결제', 'RESOLVED', 'kim', 'nonce', 'hash', ?, ?)",
                code, customer, utc("2024-03-05T01:00:00Z"), utc("2024-03-05T01:00:00Z"));
        long inquiry = jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, code);
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, comment, answered_at)"
                + " VALUES (?, 'kim', 1, 7, 0, '중복 결제 환불이 너무 늦어요', ?)", inquiry, utc("2024-03-05T02:00:00Z"));
        long id = reports.compile(WEEK).id();

        ApiClient api = new ApiClient(port);
        ApiClient.Response page = api.get("/desk/reports/weekly/" + id, "Authorization", ApiClient.basicAuth("choi", "demo"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("주간 VOC 리포트", "2024-03-04", "2024-03-10", "분류별 점수", "결제", code,
                "중복 결제 환불이 너무 늦어요", "아직 검토 전입니다");

        assertThat(api.get("/desk/reports/weekly", "Authorization", ApiClient.basicAuth("han", "demo")).status())
                .as("the latest week, for auditors too").isEqualTo(200);
        assertThat(api.get("/desk/reports/weekly/" + id, "Authorization", ApiClient.basicAuth("kim", "demo")).status())
                .isEqualTo(403);
    }

    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }
}
