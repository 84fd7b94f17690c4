package com.inquirydesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The survey page the invitation links to, used the way a customer's browser submits it. */
@IntegrationTest
class SurveyPageIT {

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void customerAnswersOnceThroughTheLinkedPage() {
        ApiClient api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("survey-page"), "WEB",
                "GENERAL", "배송 주소 변경", "주소를 바꾸고 싶어요"));
        String code = created.get("code").asText();
        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        String agent = respond.getAssignee() != null ? respond.getAssignee() : "kim";
        if (respond.getAssignee() == null) {
            tasks.claim(respond.getId(), agent);
        }
        TestInquiries.asUser(identity, agent,
                () -> tasks.complete(respond.getId(), Map.of("reply", "주소를 변경해 드렸습니다.", "outcome", "resolved")));
        // The invitation goes out from the survey process's own job, just after the resolution commits.
        String token = created.get("accessToken").asText();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json().path("surveyUrl").asText(null),
                url -> url != null);

        // From the customer's inquiry page (its cookie) to the survey page, which gets a cookie of its own.
        HttpResponse<String> hop = get("/portal/inquiries/" + code + "/survey", "inquiry_access=" + token);
        assertThat(hop.statusCode()).isEqualTo(303);
        assertThat(hop.headers().firstValue("Location").orElseThrow()).endsWith("/portal/survey/" + code);
        String cookie = hop.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("survey_access=").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/portal/survey/" + code);
        String survey = cookie.substring(0, cookie.indexOf(';'));
        String path = "/portal/survey/" + code;

        assertThat(get(path, null).statusCode()).as("no cookie, no survey").isEqualTo(404);
        HttpResponse<String> page = get(path, survey);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("상담은 만족스러우셨나요?").contains(code).contains("name=\"csat\"")
                .doesNotContain(token);

        HttpResponse<String> incomplete = post(path, "ces=2&nps=9&comment=" + encode("빨랐어요 😊"), survey);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("필수 항목입니다").contains("빨랐어요 😊");

        HttpResponse<String> answered = post(path, "csat=5&ces=2&nps=9&waitTime=4&comment=" + encode("빨랐어요 😊"), survey);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("감사합니다");
        assertThat(jdbc.queryForObject("SELECT s.comment FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                + " WHERE i.code = ?", String.class, code)).isEqualTo("빨랐어요 😊");

        assertThat(post(path, "csat=1&ces=7&nps=0", survey).statusCode()).as("answered once").isEqualTo(409);
        assertThat(get("/portal/survey/" + code + "?t=wrong", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String path, String form, String cookie) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
