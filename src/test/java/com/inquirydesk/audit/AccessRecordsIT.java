package com.inquirydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.system.InquiryDeskProperties;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The access register: what is recorded, who may search and export it, and that the database keeps it append-only. */
@IntegrationTest
class AccessRecordsIT {

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired InquiryDeskProperties properties;
    @Autowired AccessLog accessLog;

    @Test
    void everyStaffReadAndExportIsRecordedWithAccountTimeAddressAndWhoseData() {
        ApiClient api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("access"), "WEB",
                "GENERAL", "회원 정보 변경", "이름을 바꾸고 싶어요."));
        String code = created.get("code").asText();
        long customerId = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, code);
        TestInquiries.awaitRouted(jdbc, code);
        Instant before = Instant.now().minusSeconds(1);

        assertThat(api.get("/api/v1/staff/inquiries/" + code, "Authorization", ApiClient.basicAuth("kim", "demo")).status())
                .isEqualTo(200);
        Map<String, Object> read = jdbc.queryForMap("SELECT * FROM access_record WHERE target = ? AND action = 'READ'",
                "inquiry " + code);
        assertThat(read.get("account")).isEqualTo("kim");
        assertThat(((Number) read.get("subject_customer_id")).longValue()).isEqualTo(customerId);
        assertThat((String) read.get("source_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(((LocalDateTime) jdbcTime(read.get("occurred_at"))).toInstant(ZoneOffset.UTC)).isAfter(before);

        // The export counts days in the service's zone (Asia/Seoul), not the JVM's.
        String today = LocalDate.now(properties.zone()).toString();
        String exportTarget = "export " + today + ".." + today;
        long exports = count("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'EXPORT' AND target = ?",
                exportTarget);
        ApiClient.Response export = api.get("/api/v1/audit/export?from=" + today + "&to=" + today + "&format=json",
                "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.json().get("inquiries").findValuesAsText("code")).contains(code);
        assertThat(export.json().get("accessRecords").findValuesAsText("target")).contains("inquiry " + code);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'EXPORT' AND target = ?",
                exportTarget)).isEqualTo(exports + 1);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'LOGIN'")).isPositive();

        JsonNode found = api.get("/api/v1/audit/access-records?from=" + today + "&to=" + today + "&customerId=" + customerId,
                "Authorization", ApiClient.basicAuth("han", "demo")).json();
        assertThat(found.findValuesAsText("account")).contains("kim");
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'SEARCH' "
                + "AND subject_customer_id = ?", customerId)).isEqualTo(1);

        assertThat(api.get("/api/v1/audit/export?from=" + today + "&to=" + today,
                "Authorization", ApiClient.basicAuth("choi", "demo")).status()).as("supervisors do not export").isEqualTo(403);
        ApiClient.Response badFormat = api.get("/api/v1/audit/export?from=" + today + "&to=" + today + "&format=xml",
                "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().get("errors").get(0).get("field").asText()).isEqualTo("format");
        ApiClient.Response badDate = api.get("/api/v1/audit/export?from=yesterday&to=" + today,
                "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
    }

    @Test
    void loginsFailedLoginsAndLogoutsAreRecordedForStaffPagesAndCamundaWebapps() throws Exception {
        ApiClient api = new ApiClient(port);
        String stranger = "nobody-" + UUID.randomUUID();
        assertThat(api.get("/api/v1/audit/export?from=2026-01-01&to=2026-01-02",
                "Authorization", ApiClient.basicAuth(stranger, "guess")).status()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = ? AND action = 'LOGIN_FAILED'", stranger))
                .isEqualTo(1);

        long webappLogins = count("SELECT COUNT(*) FROM access_record WHERE account = 'lee' AND action = 'LOGIN' "
                + "AND via = 'CAMUNDA_WEBAPP'");
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertThat(camundaLogin(http, cookies, "lee", "demo").statusCode()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = 'lee' AND action = 'LOGIN' "
                + "AND via = 'CAMUNDA_WEBAPP' AND target = 'camunda tasklist'")).isEqualTo(webappLogins + 1);
        CookieManager otherCookies = new CookieManager();
        assertThat(camundaLogin(HttpClient.newBuilder().cookieHandler(otherCookies).build(), otherCookies, "lee", "wrong")
                .statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = 'lee' AND action = 'LOGIN_FAILED' "
                + "AND via = 'CAMUNDA_WEBAPP'")).isPositive();

        long logouts = count("SELECT COUNT(*) FROM access_record WHERE account = 'lee' AND action = 'LOGOUT'");
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", xsrfToken(cookies))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isLessThan(500);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account = 'lee' AND action = 'LOGOUT'"))
                .isEqualTo(logouts + 1);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteRecentRecordsButRetentionPurgesOldOnes() {
        accessLog.record("auditor-test", "127.0.0.1", AccessAction.READ, 1L, "inquiry append-only", AccessVia.API);
        long id = jdbc.queryForObject("SELECT MAX(id) FROM access_record WHERE account = 'auditor-test'", Long.class);

        assertThatThrownBy(() -> jdbc.update("UPDATE access_record SET account = 'someone-else' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_record WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id) "
                + "VALUES (?, 'auditor-test', 'TEST', 'test', 'append-only')", LocalDateTime.now(ZoneOffset.UTC));
        long auditEvent = jdbc.queryForObject("SELECT MAX(id) FROM audit_event WHERE actor = 'auditor-test'", Long.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?", auditEvent))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", auditEvent))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT account FROM access_record WHERE id = ?", String.class, id))
                .isEqualTo("auditor-test");

        String marker = "retention-" + UUID.randomUUID();
        insertAged(marker + "-3y", Instant.now().minus(3 * 365, ChronoUnit.DAYS));
        insertAged(marker + "-18m", Instant.now().minus(18 * 30, ChronoUnit.DAYS));
        insertAged(marker + "-100d", Instant.now().minus(100, ChronoUnit.DAYS));
        assertThatThrownBy(() -> accessLog.purgeOlderThan(Period.ofDays(30)))
                .as("a purge below the legal minimum fails whole").isInstanceOf(DataAccessException.class);
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE account LIKE ?", marker + "%")).isEqualTo(3);

        assertThat(accessLog.purgeOlderThan(Period.ofYears(2))).isPositive();
        assertThat(jdbc.queryForList("SELECT account FROM access_record WHERE account LIKE ?", String.class, marker + "%"))
                .containsExactlyInAnyOrder(marker + "-18m", marker + "-100d");
        assertThat(count("SELECT COUNT(*) FROM access_record WHERE id = ?", id)).isEqualTo(1);
    }

    private void insertAged(String account, Instant at) {
        jdbc.update("INSERT INTO access_record (occurred_at, account, action, via) VALUES (?, ?, 'READ', 'API')",
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), account);
    }

    /** As Tasklist does: open the app (which sets Camunda's CSRF cookie), then post the login form with the token. */
    private HttpResponse<String> camundaLogin(HttpClient http, CookieManager cookies, String user, String password)
            throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).GET()
                .build(), HttpResponse.BodyHandlers.discarding());
        return http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrfToken(cookies))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String xsrfToken(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static Object jdbcTime(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : value;
    }
}
