package com.inquirydesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.mail.EmbeddedMailServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customer keys never reach what staff can read: the survey invitation in the conversation and in the outbox
 * has no token, the mail that leaves carries a survey token issued for it, and that token opens the survey
 * (through a cookie, off the address bar) and nothing else.
 */
@IntegrationTest
class SurveyTokenIT {

    private static final Pattern SURVEY_LINK = Pattern.compile("/portal/survey/(INQ-\\d{8}-\\d{6})\\?t=([A-Za-z0-9_-]+)");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired OutboxRelay relay;
    @Autowired EmbeddedMailServer mailServer;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noCustomerTokenAppearsInTheConversationTheOutboxOrTheEngineAndTheMailedSurveyTokenOpensOnlyTheSurvey()
            throws Exception {
        ApiClient api = new ApiClient(port);
        String email = TestInquiries.uniqueEmail("survey-token");
        JsonNode created = TestInquiries.create(api, TestInquiries.request(email, "EMAIL", "BILLING", "영수증 재발급",
                "지난달 영수증을 다시 받고 싶어요."));
        String code = created.get("code").asText();
        String accessToken = created.get("accessToken").asText();
        resolve(code);

        // E-mail surveys wait a while after the answer: the timer is run now instead of waited for.
        Job delay = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ProcessInstance survey = runtime.createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.PROCESS_KEY)
                    .processInstanceBusinessKey(code).singleResult();
            return survey == null ? null
                    : management.createJobQuery().processInstanceId(survey.getId()).timers().singleResult();
        }, job -> job != null);
        management.executeJob(delay.getId());
        MimeMessage invitation = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            relay.relayDue();
            return Arrays.stream(mailServer.greenMail().getReceivedMessagesForDomain(email))
                    .filter(mail -> body(mail).contains("/portal/survey/" + code)).findFirst().orElse(null);
        }, found -> found != null);
        Matcher link = SURVEY_LINK.matcher(body(invitation));
        assertThat(link.find()).as(body(invitation)).isTrue();
        String surveyToken = link.group(2);
        assertThat(surveyToken).isNotEqualTo(accessToken);

        for (String token : List.of(accessToken, surveyToken)) {
            assertThat(countContaining("SELECT COUNT(*) FROM inquiry_message WHERE body LIKE ?", token)).isZero();
            assertThat(countContaining("SELECT COUNT(*) FROM notification_outbox WHERE payload LIKE ?", token)).isZero();
            assertThat(countContaining("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE TEXT_ LIKE ? OR TEXT2_ LIKE ?", token))
                    .isZero();
            assertThat(countContaining("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE TEXT_ LIKE ? OR TEXT2_ LIKE ?", token))
                    .isZero();
            assertThat(countContaining("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE TEXT_ LIKE ? OR TEXT2_ LIKE ?", token))
                    .isZero();
            assertThat(countContaining("SELECT COUNT(*) FROM inquiry WHERE access_token_hash LIKE ? "
                    + "OR access_token_nonce LIKE ?", token)).isZero();
            assertThat(countContaining("SELECT COUNT(*) FROM survey_invitation WHERE token_hash LIKE ?", token)).isZero();
        }
        String staffView = api.get("/api/v1/staff/inquiries/" + code, "Authorization", ApiClient.basicAuth("choi", "demo"))
                .body();
        assertThat(staffView).contains("/portal/survey/" + code).doesNotContain(surveyToken).doesNotContain(accessToken);
        assertThat(jdbc.queryForObject("SELECT payload FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id "
                + "WHERE i.code = ? AND o.template_code = 'SURVEY_INVITATION'", String.class, code))
                .contains(SurveyService.SURVEY_LINK_PLACEHOLDER);

        // The survey token is single-purpose: it does not open the inquiry.
        assertThat(api.get("/api/v1/inquiries/" + code, "X-Access-Token", surveyToken).status()).isEqualTo(404);

        // Opening the mailed link swaps the token for a cookie and leaves the address clean.
        HttpResponse<String> opened = get("/portal/survey/" + code + "?t=" + surveyToken, null);
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/portal/survey/" + code);
        String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("survey_access=" + surveyToken).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(get("/portal/survey/" + code, cookie.substring(0, cookie.indexOf(';'))).body())
                .contains("상담은 만족스러우셨나요?");

        ApiClient.Response answered = api.post("/api/v1/inquiries/" + code + "/survey",
                ApiClient.json(Map.of("csat", 5, "ces", 2, "nps", 9)), "X-Access-Token", surveyToken);
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(get("/portal/survey/" + code + "?t=" + surveyToken, null).statusCode())
                .as("an answered survey's token opens nothing any more").isEqualTo(404);
    }

    private void resolve(String code) {
        Task task = TestInquiries.awaitRespondTask(tasks, code);
        String agent = task.getAssignee() != null ? task.getAssignee() : "kim";
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), agent);
        }
        TestInquiries.asUser(identity, agent, () -> tasks.complete(task.getId(), Map.of(
                "reply", "영수증을 메일로 다시 보내 드렸습니다.", "outcome", InquiryLifecycle.OUTCOME_RESOLVED)));
    }

    private long countContaining(String sql, String token) {
        Object[] arguments = new Object[sql.split("\\?", -1).length - 1];
        Arrays.fill(arguments, "%" + token + "%");
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            return "";
        }
    }
}
