package com.inquirydesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The survey as the customer meets it: an inquiry resolved by its agent shows a survey link, the
 * answer is taken once and credited to that agent, and wrong values are named in the problem.
 */
@IntegrationTest
class SurveyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    HistoryService history;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void resolvedInquiryIsSurveyedOnceAndTheAnswerIsCreditedToTheResolvingAgent() {
        Created inquiry = create("카드 영수증 재발급", "지난달 결제 영수증을 다시 받고 싶어요");
        resolveAsAgent(inquiry.code());

        String surveyUrl = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> view(inquiry).path("surveyUrl").asText(null), url -> url != null);
        assertThat(surveyUrl).endsWith("/portal/survey/" + inquiry.code()).doesNotContain("?t=");
        assertThat(view(inquiry).get("messages").findValuesAsText("body"))
                .anyMatch(body -> body.contains(surveyUrl) && body.contains("설문") && !body.contains("?t="));

        String comment = "빠르고 친절하게 안내해 주셔서 금방 해결했어요 👍";
        ApiClient.Response answered = api.post(surveyPath(inquiry), ApiClient.json(answer(5, 2, 8, comment)),
                "X-Access-Token", inquiry.token());

        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.json().get("code").asText()).isEqualTo(inquiry.code());
        Map<String, Object> stored = jdbc.queryForMap("SELECT r.agent, r.csat, r.ces, r.nps, r.retention, r.comment "
                + "FROM survey_response r JOIN inquiry i ON i.id = r.inquiry_id WHERE i.code = ?", inquiry.code());
        assertThat(stored).containsEntry("AGENT", "kim").containsEntry("CSAT", 5).containsEntry("CES", 2)
                .containsEntry("NPS", 8).containsEntry("RETENTION", 4).containsEntry("COMMENT", comment);

        ApiClient.Response again = api.post(surveyPath(inquiry), ApiClient.json(answer(1, 7, 0, "다시 보냅니다")),
                "X-Access-Token", inquiry.token());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asText()).endsWith("/survey-already-answered");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response r JOIN inquiry i ON i.id = r.inquiry_id "
                + "WHERE i.code = ?", Long.class, inquiry.code())).isOne();
        assertThat(view(inquiry).has("surveyUrl")).as("no link once answered").isFalse();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> history
                .createHistoricActivityInstanceQuery().activityId(SatisfactionSurvey.END_NO_FOLLOW_UP)
                .processInstanceId(surveyInstanceId(inquiry.code())).count() == 1);
    }

    @Test
    void outOfRangeScoresAreRefusedNamingEachField() {
        Created inquiry = create("배송지 변경", "주문한 상품 배송지를 바꾸고 싶어요");
        resolveAsAgent(inquiry.code());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> view(inquiry).has("surveyUrl"));

        Map<String, Object> wrong = answer(6, 0, 11, "나".repeat(2001));
        wrong.put("waitTime", 0);
        assertProblem(api.post(surveyPath(inquiry), ApiClient.json(wrong), "X-Access-Token", inquiry.token()),
                "csat", "ces", "nps", "waitTime", "comment");

        Map<String, Object> missing = answer(5, 1, 10, null);
        missing.remove("csat");
        missing.remove("nps");
        assertProblem(api.post(surveyPath(inquiry), ApiClient.json(missing), "X-Access-Token", inquiry.token()),
                "csat", "nps");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response r JOIN inquiry i ON i.id = r.inquiry_id "
                + "WHERE i.code = ?", Long.class, inquiry.code())).isZero();
        assertThat(view(inquiry).has("surveyUrl")).as("still open after refused answers").isTrue();
    }

    @Test
    void noSurveyCanBeAnsweredBeforeResolution() {
        Created inquiry = create("요금제 문의", "요금제를 바꾸면 언제부터 적용되나요?");

        ApiClient.Response early = api.post(surveyPath(inquiry), ApiClient.json(answer(5, 1, 10, null)),
                "X-Access-Token", inquiry.token());
        ApiClient.Response unknown = api.post("/api/v1/inquiries/INQ-19990101-000001/survey",
                ApiClient.json(answer(5, 1, 10, null)), "X-Access-Token", inquiry.token());

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("type").asText()).endsWith("/survey-not-pending");
        assertThat(view(inquiry).has("surveyUrl")).isFalse();
        assertThat(unknown.status()).isEqualTo(404);
    }

    record Created(String code, String token) {
    }

    private Created create(String subject, String body) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("email", "survey-" + UUID.randomUUID() + "@example.kr");
        customer.put("name", "김고객");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("channel", "WEB");
        request.put("customer", customer);
        request.put("category", "BILLING");
        request.put("subject", subject);
        request.put("body", body);
        JsonNode created = api.post("/api/v1/inquiries", ApiClient.json(request)).json();
        return new Created(created.get("code").asText(), created.get("accessToken").asText());
    }

    /** kim is the billing agent; once other tests fill kim's capacity the inquiry waits in the queue. */
    private void resolveAsAgent(String code) {
        Task task = TestInquiries.awaitRespondTask(tasks, code);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), "kim");
        }
        TestInquiries.asUser(identity, "kim", () -> tasks.complete(task.getId(), Map.of("reply",
                "마이페이지 > 결제 내역에서 바로 처리하실 수 있어요. 감사합니다!", "outcome", InquiryLifecycle.OUTCOME_RESOLVED)));
    }

    private JsonNode view(Created inquiry) {
        return api.get("/api/v1/inquiries/" + inquiry.code(), "X-Access-Token", inquiry.token()).json();
    }

    private String surveyInstanceId(String code) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.PROCESS_KEY)
                .processInstanceBusinessKey(code).singleResult().getId();
    }

    private static String surveyPath(Created inquiry) {
        return "/api/v1/inquiries/" + inquiry.code() + "/survey";
    }

    private static Map<String, Object> answer(int csat, int ces, int nps, String comment) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("csat", csat);
        answer.put("ces", ces);
        answer.put("nps", nps);
        answer.put("retention", 4);
        answer.put("productExperience", 5);
        answer.put("onlineExperience", 4);
        answer.put("waitTime", 5);
        answer.put("expectationsMet", 5);
        if (comment != null) {
            answer.put("comment", comment);
        }
        return answer;
    }

    private static void assertProblem(ApiClient.Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> named = response.json().get("errors").findValuesAsText("field");
        assertThat(named).contains(fields);
    }
}
