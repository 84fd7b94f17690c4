package com.inquirydesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every page we render tells the browser to run only our own script files and to send no referrer. */
@IntegrationTest
class PageSecurityHeadersIT {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void customerStaffLoginAndErrorPagesCarryTheContentSecurityPolicyAndNoReferrer() {
        ApiClient api = new ApiClient(port);
        String code = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("headers"), "WEB", "GENERAL",
                "머리글 확인", "페이지 보안 머리글")).get("code").asText();
        TestInquiries.awaitRouted(jdbc, code);
        String supervisor = ApiClient.basicAuth("choi", "demo");
        String auditor = ApiClient.basicAuth("han", "demo");

        Map<String, ApiClient.Response> pages = new java.util.LinkedHashMap<>();
        pages.put("portal", api.get("/portal"));
        pages.put("chat", api.get("/portal/chat"));
        pages.put("inquiry with token", api.get("/portal/inquiries/" + code + "?token=wrong"));
        pages.put("survey", api.get("/portal/survey/" + code + "?t=wrong"));
        pages.put("desk inquiry", api.get("/desk/inquiries/" + code, "Authorization", supervisor));
        pages.put("desk audit", api.get("/desk/audit/" + code, "Authorization", auditor));
        pages.put("deliveries", api.get("/desk/deliveries", "Authorization", supervisor));
        pages.put("login", api.get("/login"));
        pages.put("error", api.get("/no-such-page"));
        pages.put("api", api.get("/api/v1/inquiries/" + code));

        assertThat(pages.get("desk inquiry").status()).isEqualTo(200);
        assertThat(pages.get("desk audit").status()).isEqualTo(200);
        assertThat(pages.get("deliveries").status()).isEqualTo(200);
        assertThat(pages.get("login").status()).isEqualTo(200);
        pages.forEach((page, response) -> {
            assertThat(response.header("Content-Security-Policy")).as(page).isEqualTo(POLICY);
            assertThat(response.header("Referrer-Policy")).as(page).isEqualTo("no-referrer");
        });
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() {
        ApiClient.Response tasklist = new ApiClient(port).get("/camunda/app/tasklist/default/");
        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.header("Content-Security-Policy")).isNotNull().isNotEqualTo(POLICY);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        ApiClient.Response login = new ApiClient(port).get("/login");
        List<String> cookies = login.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie")).flatMap(e -> e.getValue().stream()).toList();
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .as("plain HTTP here; Secure is added when served over HTTPS").doesNotContain("Secure"));
    }
}
