package com.inquirydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The conversation page linked from the respond form, for staff only, and audited. */
@IntegrationTest
class DeskPageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void staffReadTheWholeConversationAndEveryReadIsAudited() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> request = TestInquiries.request(TestInquiries.uniqueEmail("desk"), "EMAIL", "TECHNICAL",
                "앱 로그인 오류", "로그인하면 하얀 화면만 나와요 😢");
        ((Map<String, Object>) request.get("customer")).put("name", "김고객");
        String code = TestInquiries.create(api, request).get("code").asText();

        assertThat(api.get("/api/v1/staff/inquiries/" + code).status()).isEqualTo(401);

        JsonNode view = api.get("/api/v1/staff/inquiries/" + code, "Authorization", ApiClient.basicAuth("park", "demo")).json();
        assertThat(view.get("customer").get("name").asText()).isEqualTo("김고객");
        assertThat(view.get("messages").get(0).get("body").asText()).isEqualTo("로그인하면 하얀 화면만 나와요 😢");

        ApiClient.Response page = api.get("/desk/inquiries/" + code, "Authorization", ApiClient.basicAuth("park", "demo"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code).contains("로그인하면 하얀 화면만 나와요 😢").contains("전체 대화");

        assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'READ' AND actor = 'park'",
                Long.class, code)).isEqualTo(2);
    }

    @Test
    void malformedQueryParametersGetAProblemNamingTheParameter() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response badStatus = api.get("/api/v1/voc/items?status=FOO", "Authorization", ApiClient.basicAuth("choi", "demo"));
        ApiClient.Response badLimit = api.get("/api/v1/voc/items?limit=abc", "Authorization", ApiClient.basicAuth("choi", "demo"));

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");
        assertThat(badStatus.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(badStatus.json().get("detail").asText()).contains("가능한 값");
        assertThat(badLimit.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void openApiDescribesTheCustomerApi() {
        ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/inquiries")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/inquiries/{code}/messages")).isTrue();
    }
}
