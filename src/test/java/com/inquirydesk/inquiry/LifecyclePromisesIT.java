package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.voc.VocReview;
import com.inquirydesk.voc.VocVariables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lifecycle's promises tried the way customers (public API) and staff (engine REST, as Tasklist
 * calls it) use them: escalations end with the step they were raised for, an agent request reaches a
 * person, a completion cannot point a task at another inquiry, long guides save.
 */
@IntegrationTest
class LifecyclePromisesIT {

    static final String TOKEN = "X-Access-Token";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    FilterService filters;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aSupervisorDecisionAfterTheAgentAnsweredChangesNothingAndTheCustomerReplyReachesTheAgent() {
        JsonNode created = create("escalation", "GENERAL", "쿠폰 적용 오류", "쿠폰이 결제 화면에서 적용되지 않아요");
        String code = created.get("code").asText();
        Task respond = respondTaskOf(code, "kim");
        breachResponseClock(code);
        Task escalation = await().atMost(Duration.ofSeconds(10)).until(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(code).taskDefinitionKey(InquiryLifecycle.TASK_HANDLE_ESCALATION)
                .singleResult(), task -> task != null);
        assertThat(column(code, "priority")).as("raised once by the breach").isEqualTo("HIGH");
        assertThat(inEscalatedFilter(code)).as("the supervisors' Escalated filter shows it").isOne();

        ApiClient.Response answered = complete("kim", respond, Map.of("reply", "쿠폰 조건을 확인해 적용해 드렸습니다.",
                "outcome", "replied"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);
        assertThat(column(code, "status")).isEqualTo("WAITING_CUSTOMER");
        assertThat(inEscalatedFilter(code)).as("nothing waits for a supervisor any more").isZero();

        ApiClient.Response late = complete("choi", escalation, Map.of("escalationAction", "reassignAgent",
                "escalationAgent", "kim", "escalationNote", "kim에게 다시 맡깁니다"));
        assertThat(late.status()).as("the escalation ended with the answer: " + late.body()).isEqualTo(404);
        assertThat(column(code, "status")).as("still waiting on the customer").isEqualTo("WAITING_CUSTOMER");
        assertThat(column(code, "priority")).isEqualTo("HIGH");
        assertThat(notes(code)).anyMatch(note -> note.startsWith("[에스컬레이션]"));

        ApiClient.Response reply = api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "적용됐어요. 그런데 적립금은 언제 들어오나요?")), TOKEN, token(created));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);

        Task again = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(again.getId()).isNotEqualTo(respond.getId());
        assertThat(again.getAssignee()).isEqualTo("kim");
        assertThat(again.getDueDate()).as("a fresh next-response clock").isAfter(new java.util.Date());
        assertThat(column(code, "status")).isEqualTo("OPEN");
        assertThat(runtime.getVariable(again.getProcessInstanceId(), InquiryVariables.CUSTOMER_MESSAGE).toString())
                .contains("적립금은 언제");
        assertThat(management.createJobQuery().processInstanceId(again.getProcessInstanceId())
                .activityId(InquiryLifecycle.EVENT_REMINDER_DUE).count()).as("no reminder as if silent").isZero();
        assertThat(management.createJobQuery().processInstanceId(again.getProcessInstanceId())
                .activityId(InquiryLifecycle.EVENT_AUTO_CLOSE_DUE).count()).as("no auto-close").isZero();
    }

    @Test
    void askingForAnAgentWhileWaitingOnTheCustomerGivesAPersonARespondTaskDueAtThePromisedTime() {
        JsonNode created = create("waiting", "GENERAL", "배송 일정", "주문한 상품이 언제 도착하나요?");
        String code = created.get("code").asText();
        Task respond = respondTaskOf(code, "kim");
        assertThat(complete("kim", respond, Map.of("reply", "내일 도착 예정입니다.", "outcome", "replied")).status())
                .isEqualTo(204);
        assertThat(column(code, "status")).isEqualTo("WAITING_CUSTOMER");

        ApiClient.Response accepted = api.post("/api/v1/inquiries/" + code + "/agent-request", "", TOKEN, token(created));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        Instant promised = Instant.parse(accepted.json().get("expectedBy").asText());
        assertThat(accepted.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(accepted.json().get("message").asText()).contains("상담원");
        Task back = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(back.getAssignee()).as("the agent who answered, being available").isEqualTo("kim");
        // Camunda keeps task due dates to the second on MariaDB.
        assertThat(back.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(promised.truncatedTo(ChronoUnit.SECONDS));
        assertThat(column(code, "status")).isEqualTo("OPEN");
    }

    @Test
    void twentyAgentRequestsAlertTheStaffOnceAndRaiseThePriorityOnce() {
        JsonNode created = create("cooldown", "GENERAL", "회원 등급", "회원 등급 기준이 궁금해요");
        String code = created.get("code").asText();
        respondTaskOf(code, "kim");
        assertThat(column(code, "priority")).isEqualTo("NORMAL");

        // The first requests are taken (within the cooldown they change nothing more); past the per-inquiry
        // allowance (inquiry-desk.rate-limit.agent-requests-per-inquiry, 5 an hour) they are refused with 429.
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(api.post("/api/v1/inquiries/" + code + "/agent-request", "", TOKEN, token(created)).status());
        }
        assertThat(answers.subList(0, 5)).containsOnly(202);
        assertThat(answers.subList(5, 20)).containsOnly(429);

        assertThat(column(code, "priority")).as("one step up, not URGENT").isEqualTo("HIGH");
        assertThat(outboxRecipients(code, "AGENT_REQUESTED")).as("staff alerted once").isNotEmpty().doesNotHaveDuplicates();
        assertThat(outboxRecipients(code, "AGENT_REQUEST_ACK")).as("the customer is told once").hasSize(1);
    }

    @Test
    void anAgentCompletingHerTaskWithAnotherInquirysIdIsRefusedAndThatInquiryIsUntouched() {
        JsonNode other = create("victim", "RETURN", "반품 접수", "반품 신청은 어디서 하나요?");
        String otherCode = other.get("code").asText();
        TestInquiries.awaitRespondTask(tasks, otherCode);
        long otherId = jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, otherCode);
        Map<String, Object> otherBefore = jdbc.queryForMap("SELECT status, priority, assignee, version FROM inquiry WHERE id = ?",
                otherId);
        JsonNode own = create("own", "GENERAL", "비밀번호 변경", "비밀번호를 바꾸고 싶어요");
        Task respond = respondTaskOf(own.get("code").asText(), "kim");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inquiryId", Map.of("value", otherId, "type", "Long"));
        body.put("outcome", Map.of("value", "resolved"));
        body.put("reply", Map.of("value", "해결되었습니다."));
        ApiClient.Response refused = api.post("/engine-rest/task/" + respond.getId() + "/complete",
                ApiClient.json(Map.of("variables", body)), "Authorization", ApiClient.basicAuth("kim", "demo"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("inquiryId");
        assertThat(jdbc.queryForMap("SELECT status, priority, assignee, version FROM inquiry WHERE id = ?", otherId))
                .isEqualTo(otherBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = ? AND direction = 'AGENT'",
                Integer.class, otherId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_invitation WHERE inquiry_id = ?", Integer.class, otherId))
                .isZero();
        assertThat(tasks.createTaskQuery().taskId(respond.getId()).count()).as("kim's task stays open").isOne();
    }

    @Test
    void theReplyIsCreditedToTheUserWhoCompletedTheTask() {
        JsonNode created = create("credit", "GENERAL", "영수증 발급", "현금영수증을 발급받고 싶어요");
        String code = created.get("code").asText();
        Task respond = respondTaskOf(code, "kim");

        ApiClient.Response done = complete("kim", respond, Map.of("reply", "주문 내역에서 발급하실 수 있습니다.",
                "outcome", "replied", "assignee", "lee"));

        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT author FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'AGENT'", String.class, code)).isEqualTo("kim");
    }

    @Test
    void aGuideOfTwentyThousandCharactersIsSavedFromTheGuideForm() {
        JsonNode created = create("guide", "RETURN", "환불 문의", "지난주에 반품했는데 환불이 아직이에요");
        String code = created.get("code").asText();
        long inquiryId = jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, code);
        long customerId = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE id = ?", Long.class, inquiryId);
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, comment, answered_at) "
                + "VALUES (?, 'lee', 1, 6, 2, ?, ?)", inquiryId, "환불 안내가 없어요", Timestamp.from(Instant.now()));
        long surveyResponseId = jdbc.queryForObject("SELECT id FROM survey_response WHERE inquiry_id = ?", Long.class, inquiryId);
        runtime.startProcessInstanceByKey(VocReview.PROCESS_KEY, code, Map.of(
                VocVariables.INQUIRY_ID, inquiryId, VocVariables.INQUIRY_CODE, code,
                VocVariables.CUSTOMER_ID, customerId, VocVariables.SURVEY_RESPONSE_ID, surveyResponseId));
        Task review = awaitTask(code, VocReview.TASK_REVIEW_VOC);
        ApiClient.Response noChoice = submitForm("choi", review, Map.of("rootCause", "guide-missing"));
        assertThat(noChoice.status()).as(noChoice.body()).isEqualTo(400);
        assertThat(noChoice.json().get("message").asText()).contains("vocAction");
        assertThat(submitForm("choi", review, Map.of("rootCause", "guide-missing", "vocAction", "updateGuide")).status())
                .isEqualTo(204);
        Task guide = awaitTask(code, VocReview.TASK_UPDATE_GUIDE_DOCUMENT);
        String slug = "refund-long-" + UUID.randomUUID().toString().substring(0, 8);
        // Wording unlike any customer question, so other tests' article suggestions are not disturbed.
        String text = "긴 문서 저장 확인용 문장입니다 😊 ".repeat(1200).substring(0, 20_000);

        ApiClient.Response tooLong = submitForm("choi", guide, Map.of("articleSlug", slug, "articleTitle", "긴 문서 저장 확인",
                "articleBody", text + "끝", "guideCategory", "OTHER"));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asText()).contains("articleBody");
        ApiClient.Response saved = submitForm("choi", guide, Map.of("articleSlug", slug, "articleTitle", "긴 문서 저장 확인",
                "articleBody", text, "guideCategory", "OTHER"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        String stored = jdbc.queryForObject("SELECT body FROM kb_article WHERE slug = ?", String.class, slug);
        // The knowledge base trims surrounding blanks; everything else arrives, far beyond the engine's 4,000.
        assertThat(stored).as("all of it, Korean and emoji intact").isEqualTo(text.strip()).hasSizeGreaterThan(19_990);
    }

    private JsonNode create(String purpose, String category, String subject, String body) {
        return TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail(purpose), "WEB", category,
                subject, body));
    }

    private static String token(JsonNode created) {
        return created.get("accessToken").asText();
    }

    /** The respond task, claimed by {@code agent} through engine REST when it waits in the group queue. */
    private Task respondTaskOf(String code, String agent) {
        Task task = TestInquiries.awaitRespondTask(tasks, code);
        if (task.getAssignee() == null) {
            ApiClient.Response claimed = api.post("/engine-rest/task/" + task.getId() + "/claim",
                    ApiClient.json(Map.of("userId", agent)), "Authorization", ApiClient.basicAuth(agent, "demo"));
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(204);
            task = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        }
        assertThat(task.getAssignee()).isEqualTo(agent);
        return task;
    }

    private long inEscalatedFilter(String code) {
        Filter escalated = filters.createFilterQuery().filterName("Escalated").singleResult();
        return filters.count(escalated.getId(), tasks.createTaskQuery().processInstanceBusinessKey(code));
    }

    private ApiClient.Response complete(String user, Task task, Map<String, Object> variables) {
        return post(user, "/engine-rest/task/" + task.getId() + "/complete", variables);
    }

    private ApiClient.Response submitForm(String user, Task task, Map<String, Object> variables) {
        return post(user, "/engine-rest/task/" + task.getId() + "/submit-form", variables);
    }

    private ApiClient.Response post(String user, String path, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return api.post(path, ApiClient.json(Map.of("variables", typed)),
                "Authorization", ApiClient.basicAuth(user, "demo"));
    }

    /** The breach timer of the running respond step, run now instead of hours later. */
    private void breachResponseClock(String code) {
        Job breach = management.createJobQuery().processInstanceId(processInstanceId(code))
                .activityId(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_BREACHED).singleResult();
        management.executeJob(breach.getId());
    }

    private String processInstanceId(String code) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(InquiryLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(code).singleResult().getId();
    }

    private Task awaitTask(String code, String taskKey) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(taskKey).singleResult(), task -> task != null);
    }

    private String column(String code, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM inquiry WHERE code = ?", String.class, code);
    }

    private java.util.List<String> outboxRecipients(String code, String template) {
        return jdbc.queryForList("SELECT o.recipient FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id"
                + " WHERE i.code = ? AND o.template_code = ? ORDER BY o.id", String.class, code, template);
    }

    private java.util.List<String> notes(String code) {
        return jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'NOTE'", String.class, code);
    }
}
