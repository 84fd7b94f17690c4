package com.inquirydesk.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two customers' reports on one feature become one hand-off; when the fix ships both read it in their conversation. */
@IntegrationTest
class ProductHandoffIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ProductFeedbackReporter reporter;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void reportsOfTwoCustomersShareOneHandoffAndBothAreToldWhenTheFixShips() {
        String feature = "app-login-" + UUID.randomUUID().toString().substring(0, 8);
        Created first = createInquiry("김지문", "지문 로그인이 안 돼요", "앱을 켜고 지문을 대면 계속 실패했다고 나와요 😢");
        Created second = createInquiry("이업데", "업데이트 후 로그인 불가", "어제 앱을 업데이트한 뒤로 로그인 화면에서 멈춥니다");

        reporter.report(feature, "지문 로그인이 실패함", first.id(), first.customerId(), null);
        reporter.report(feature, "업데이트 뒤 로그인 화면이 멈춤", second.id(), second.customerId(), null);

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProductHandoff.PROCESS_KEY)
                .processInstanceBusinessKey(feature).count()).isEqualTo(1);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select status, affected_customers, linked_inquiries from product_feedback where feature_key = ?", feature);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("STATUS", "OPEN").containsEntry("AFFECTED_CUSTOMERS", 2)
                .containsEntry("LINKED_INQUIRIES", 2);

        ApiClient.Response listed = api.get("/api/v1/product-feedback", "Authorization", ApiClient.basicAuth("jung", "demo"));
        assertThat(listed.status()).isEqualTo(200);
        JsonNode handoff = find(listed.json(), feature);
        assertThat(handoff.get("title").asText()).isEqualTo("지문 로그인이 실패함");
        assertThat(handoff.get("affectedCustomers").asInt()).isEqualTo(2);
        assertThat(handoff.get("linkedInquiries").asInt()).isEqualTo(2);

        String path = "/api/v1/product-feedback/" + feature + "/fix-released";
        ApiClient.Response byAgent = api.post(path, "{\"release\":\"3.9.1\"}", "Authorization", ApiClient.basicAuth("kim", "demo"));
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(byAgent.contentType()).startsWith("application/problem+json");
        assertThat(api.post(path, "{\"release\":\"3.9.1\"}").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/product-feedback/no-such-feature-" + UUID.randomUUID() + "/fix-released",
                "{\"release\":\"3.9.1\"}", "Authorization", ApiClient.basicAuth("jung", "demo")).status()).isEqualTo(404);

        ApiClient.Response released = api.post(path, "{\"release\":\"3.9.1\"}", "Authorization", ApiClient.basicAuth("jung", "demo"));
        assertThat(released.status()).as(released.body()).isEqualTo(202);

        for (Created inquiry : List.of(first, second)) {
            List<String> notices = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> fixNotices(inquiry), found -> !found.isEmpty());
            assertThat(notices).singleElement().satisfies(text -> assertThat(text)
                    .contains(inquiry.code()).contains("지문 로그인이 실패함").contains("3.9.1"));
            assertThat(jdbc.queryForObject("select count(*) from notification_outbox where inquiry_id = ? "
                    + "and template_code = 'FIX_SHIPPED_NOTICE'", Integer.class, inquiry.id())).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select status from product_feedback where feature_key = ?", String.class, feature))
                .isEqualTo("RELEASED");
        assertThat(api.post(path, "{\"release\":\"3.9.2\"}", "Authorization", ApiClient.basicAuth("jung", "demo")).status())
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).until(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProductHandoff.PROCESS_KEY).processInstanceBusinessKey(feature).count() == 0);
    }

    private record Created(String code, String accessToken, long id, long customerId) {
    }

    private Created createInquiry(String name, String subject, String body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("channel", "APP");
        request.put("customer", Map.of("email", "product-" + UUID.randomUUID() + "@example.kr", "name", name));
        request.put("category", "TECHNICAL");
        request.put("subject", subject);
        request.put("body", body);
        ApiClient.Response created = api.post("/api/v1/inquiries", ApiClient.json(request));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("code").asText();
        Map<String, Object> row = jdbc.queryForMap("select id, customer_id from inquiry where code = ?", code);
        return new Created(code, created.json().get("accessToken").asText(), ((Number) row.get("ID")).longValue(),
                ((Number) row.get("CUSTOMER_ID")).longValue());
    }

    /** The fix notices the customer reads in the conversation of the inquiry. */
    private List<String> fixNotices(Created inquiry) {
        JsonNode view = api.get("/api/v1/inquiries/" + inquiry.code(), "X-Access-Token", inquiry.accessToken()).json();
        List<String> found = new ArrayList<>();
        view.get("messages").forEach(message -> {
            if (message.get("direction").asText().equals("SYSTEM") && message.get("body").asText().contains("3.9.1")) {
                found.add(message.get("body").asText());
            }
        });
        return found;
    }

    private static JsonNode find(JsonNode list, String feature) {
        for (JsonNode item : list) {
            if (item.get("featureKey").asText().equals(feature)) {
                return item;
            }
        }
        throw new AssertionError("hand-off " + feature + " not listed: " + list);
    }
}
