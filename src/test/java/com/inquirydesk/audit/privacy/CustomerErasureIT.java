package com.inquirydesk.audit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Erasure on request leaves no trace of what the customer wrote or is called, anywhere in the schema. */
@IntegrationTest
class CustomerErasureIT {

    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY);

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;

    @Test
    @SuppressWarnings("unchecked")
    void aMarkerWrittenEverywhereIsFoundNowhereAfterErasureWhileTheFiguresStay() {
        String marker = "Zqx" + UUID.randomUUID().toString().replace("-", "");
        ApiClient api = new ApiClient(port);
        Map<String, Object> request = TestInquiries.request(marker + "@example.kr", "WEB", "TECHNICAL",
                "앱 오류 " + marker, "앱이 꺼져요. 제 이름은 " + marker + " 입니다.");
        ((Map<String, Object>) request.get("customer")).put("name", "홍" + marker);
        JsonNode created = TestInquiries.create(api, request);
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        long customerId = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, code);

        Task first = TestInquiries.awaitRespondTask(tasks, code);
        String agent = first.getAssignee() == null ? "park" : first.getAssignee();
        if (first.getAssignee() == null) {
            tasks.claim(first.getId(), agent);
        }
        completeAs(agent, first, Map.of("reply", marker + "님, 앱을 다시 설치해 보세요.", "outcome", "replied"));
        assertThat(api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "다시 설치해도 안 돼요 " + marker)), "X-Access-Token", token).status()).isEqualTo(202);
        Task second = TestInquiries.awaitRespondTask(tasks, code);
        completeAs(second.getAssignee(), second, Map.of("reply", "고쳤습니다, " + marker + "님.", "outcome", "resolved"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json(), view -> view.hasNonNull("surveyUrl"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("csat", 1);
        answer.put("ces", 6);
        answer.put("nps", 2);
        answer.put("comment", "정말 최악이에요 " + marker);
        assertThat(api.post("/api/v1/inquiries/" + code + "/survey", ApiClient.json(answer), "X-Access-Token", token)
                .status()).isEqualTo(201);
        awaitQuietEngine();
        assertThat(locations(marker)).as("the marker was spread before erasure").hasSizeGreaterThan(5);

        assertThat(api.delete("/api/v1/staff/customers/" + customerId, "Authorization", ApiClient.basicAuth("kim", "demo"))
                .status()).isEqualTo(403);
        ApiClient.Response erased = api.delete("/api/v1/staff/customers/" + customerId,
                "Authorization", ApiClient.basicAuth("choi", "demo"));
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("inquiries").asInt()).isEqualTo(1);

        assertThat(locations(marker)).as("table.column still holding the marker").isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM inquiry WHERE code = ?", String.class, code)).isEqualTo("RESOLVED");
        assertThat(jdbc.queryForObject("SELECT csat FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id "
                + "WHERE i.code = ?", Integer.class, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ?", Long.class, code)).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CUSTOMER_ERASED' AND actor = 'choi' "
                + "AND subject_customer_id = ?", Long.class, customerId)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE action = 'ERASE' AND account = 'choi' "
                + "AND subject_customer_id = ?", Long.class, customerId)).isOne();

        ApiClient.Response unknown = api.delete("/api/v1/staff/customers/999999999",
                "Authorization", ApiClient.basicAuth("choi", "demo"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private void awaitQuietEngine() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> management.createJobQuery().executable().count() == 0);
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TestInquiries.asUser(identity, user, () -> tasks.complete(task.getId(), variables));
    }

    /** Every table.column of the whole schema (engine tables included) whose text or bytes contain the marker. */
    private List<String> locations(String marker) {
        List<String[]> columns = jdbc.execute((ConnectionCallback<List<String[]>>) connection -> {
            DatabaseMetaData metadata = connection.getMetaData();
            String quote = metadata.getIdentifierQuoteString().strip();
            List<String[]> found = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
                while (rs.next()) {
                    if (Set.of("TABLE", "BASE TABLE").contains(rs.getString("TABLE_TYPE"))) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = metadata.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                    while (rs.next()) {
                        int type = rs.getInt("DATA_TYPE");
                        if (TEXT.contains(type) || BINARY.contains(type)) {
                            found.add(new String[] {quote + table + quote, quote + rs.getString("COLUMN_NAME") + quote,
                                    TEXT.contains(type) ? "text" : "bytes"});
                        }
                    }
                }
            }
            return found;
        });
        assertThat(columns).as("columns found through metadata").hasSizeGreaterThan(100);
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        List<String> hits = new ArrayList<>();
        for (String[] column : columns) {
            String name = column[0] + "." + column[1];
            if (column[2].equals("text")) {
                if (jdbc.queryForObject("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " LIKE ?", Long.class,
                        "%" + marker + "%") > 0) {
                    hits.add(name);
                }
            } else if (jdbc.query("SELECT " + column[1] + " FROM " + column[0] + " WHERE " + column[1] + " IS NOT NULL",
                    (rs, row) -> contains(rs.getBytes(1), needle)).contains(true)) {
                hits.add(name);
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
