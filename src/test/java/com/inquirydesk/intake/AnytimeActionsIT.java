package com.inquirydesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a customer can do at any point of an inquiry: ask for a person, say it is solved, withdraw it. */
@IntegrationTest
class AnytimeActionsIT {

    static final String TOKEN = "X-Access-Token";
    static final DateTimeFormatter KOREAN_TIME = DateTimeFormatter.ofPattern("M월 d일(E) a h시 mm분", Locale.KOREAN);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IntakeService intake;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

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
    void askingForAnAgentRaisesThePriorityAndTellsTheCustomerWhenAPersonAnswers() {
        JsonNode created = create(uniqueEmail(), "WEB", "GENERAL", "배송지 변경", "주문한 상품의 배송지를 바꾸고 싶어요");
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        Task task = awaitRespondTask(code);
        assertThat(task.getPriority()).isEqualTo(50);

        ApiClient.Response accepted = api.post(action(code, "agent-request"), "", TOKEN, token);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("code").asText()).isEqualTo(code);
        assertThat(accepted.json().get("status").asText()).isEqualTo("OPEN");
        Instant expectedBy = Instant.parse(accepted.json().get("expectedBy").asText());
        assertThat(expectedBy.truncatedTo(ChronoUnit.SECONDS)).as("no answer yet: the first-response promise stands")
                .isEqualTo(Instant.parse(created.get("expectedFirstResponseBy").asText()).truncatedTo(ChronoUnit.SECONDS));

        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(75);
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "priority")).isEqualTo("HIGH");
        assertThat(runtime.getVariable(task.getProcessInstanceId(), "taskPriority")).isEqualTo(75);
        assertThat(column(code, "priority")).isEqualTo("HIGH");

        JsonNode view = api.get("/api/v1/inquiries/" + code, TOKEN, token).json();
        assertThat(view.get("priority").asText()).isEqualTo("HIGH");
        assertThat(lastMessage(view, "SYSTEM").get("body").asText())
                .contains("상담원")
                .contains(KOREAN_TIME.format(expectedBy.atZone(SEOUL)));
        assertThat(outboxRecipients(code, "AGENT_REQUEST_ACK")).containsExactly(emailOf(code));
        assertThat(outboxRecipients(code, "AGENT_REQUESTED")).as("the agents-general group hears it")
                .contains("kim@inquiry-desk.local").doesNotHaveDuplicates();

        int staffAlerts = outboxRecipients(code, "AGENT_REQUESTED").size();
        ApiClient.Response again = api.post(action(code, "agent-request"), "{}", TOKEN, token);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("message").asText()).as("the same promise, said honestly").contains("이미");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getPriority())
                .as("within the cooldown nothing is raised again").isEqualTo(75);
        assertThat(column(code, "priority")).isEqualTo("HIGH");
        assertThat(outboxRecipients(code, "AGENT_REQUESTED")).hasSize(staffAlerts);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count())
                .as("asking for a person does not end the inquiry").isOne();
    }

    @Test
    void afterAnAnswerTheCustomerAskingForAPersonIsPromisedOneWithinHalfAnHourOfBusinessTime() {
        JsonNode created = create(uniqueEmail(), "WEB", "GENERAL", "선물 포장", "선물 포장을 추가할 수 있나요?");
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        Task task = awaitRespondTask(code);
        completeAs(task, Map.of("reply", "주문 상세 화면에서 선물 포장을 추가하실 수 있습니다.", "outcome", "replied"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        ApiClient.Response accepted = api.post(action(code, "agent-request"), "", TOKEN, token);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("status").asText()).as("back with a person").isEqualTo("OPEN");
        Instant expectedBy = Instant.parse(accepted.json().get("expectedBy").asText());
        assertThat(expectedBy).isAfterOrEqualTo(before.plus(Duration.ofMinutes(30)));
        JsonNode view = api.get("/api/v1/inquiries/" + code, TOKEN, token).json();
        assertThat(lastMessage(view, "SYSTEM").get("body").asText()).contains(KOREAN_TIME.format(expectedBy.atZone(SEOUL)));
        Task back = awaitRespondTask(code);
        assertThat(back.getPriority()).as("the respond task starts high").isEqualTo(75);
        assertThat(back.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(expectedBy.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void anArticleThatSolvedItClosesTheInquiryAsSelfServed() {
        JsonNode created = create(uniqueEmail(), "APP", "RETURN", "환불 입금 시점", "반품한 상품의 환불이 언제 들어오나요?");
        String code = created.get("code").asText();
        Task task = awaitRespondTask(code);

        ApiClient.Response accepted = api.post(action(code, "self-resolved"),
                ApiClient.json(Map.of("articleSlug", "refund-timeline")), TOKEN, created.get("accessToken").asText());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("status").asText()).isEqualTo("CLOSED");
        Map<String, Object> row = jdbc.queryForMap("SELECT status, close_reason, closed_at FROM inquiry WHERE code = ?", code);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("close_reason")).isEqualTo("SELF_SERVICE");
        assertThat(row.get("closed_at")).isNotNull();
        assertProcessEndedAt(code, InquiryLifecycle.END_SELF_RESOLVED);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id"
                + " WHERE i.code = ? AND m.direction = 'NOTE'", String.class, code))
                .anyMatch(note -> note.contains("refund-timeline"));
    }

    @Test
    void aWithdrawalWhileWaitingOnTheCustomerClosesTheInquiryAndKeepsTheirReason() {
        JsonNode created = create(uniqueEmail(), "WEB", "CONTRACT", "약정 기간 확인", "제 약정이 언제 끝나는지 알고 싶어요");
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        completeAs(awaitRespondTask(code), Map.of("reply", "계약 관리 화면에서 확인하실 수 있습니다.", "outcome", "replied"));
        String reason = "다른 경로로 해결했어요. 감사합니다 🙂";

        ApiClient.Response accepted = api.post(action(code, "withdraw"), ApiClient.json(Map.of("reason", reason)),
                TOKEN, token);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(column(code, "status")).isEqualTo("CLOSED");
        assertThat(column(code, "close_reason")).isEqualTo("WITHDRAWN");
        assertProcessEndedAt(code, InquiryLifecycle.END_WITHDRAWN);
        JsonNode view = api.get("/api/v1/inquiries/" + code, TOKEN, token).json();
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(lastMessage(view, "CUSTOMER").get("body").asText()).isEqualTo(reason);
    }

    @Test
    void anEndedInquiryRefusesEveryAction() {
        JsonNode created = create(uniqueEmail(), "WEB", "GENERAL", "회원 등급 문의", "등급 기준이 궁금합니다");
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        awaitRespondTask(code);
        assertThat(api.post(action(code, "withdraw"), "", TOKEN, token).status()).isEqualTo(202);
        assertThat(column(code, "close_reason")).isEqualTo("WITHDRAWN");

        for (String action : List.of("agent-request", "self-resolved", "withdraw")) {
            ApiClient.Response refused = api.post(action(code, action), "", TOKEN, token);
            assertThat(refused.status()).as(action + ": " + refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asText()).contains(code);
        }
        assertThat(column(code, "close_reason")).as("the first close stands").isEqualTo("WITHDRAWN");
    }

    @Test
    void aResolvedInquiryMayStillAskForAPersonButCanNoLongerBeWithdrawn() {
        JsonNode created = create(uniqueEmail(), "WEB", "GENERAL", "적립금 소멸", "적립금이 언제 소멸되나요?");
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        completeAs(awaitRespondTask(code), Map.of("reply", "적립 후 1년이 지나면 소멸됩니다.", "outcome", "resolved"));
        assertThat(column(code, "status")).isEqualTo("RESOLVED");

        for (String action : List.of("self-resolved", "withdraw")) {
            ApiClient.Response refused = api.post(action(code, action), "", TOKEN, token);
            assertThat(refused.status()).as(action + ": " + refused.body()).isEqualTo(409);
            assertThat(refused.json().get("type").asText()).endsWith("/action-not-allowed");
            assertThat(refused.json().get("detail").asText()).contains(code).contains("답장");
        }
        ApiClient.Response accepted = api.post(action(code, "agent-request"), "", TOKEN, token);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("status").asText()).as("reopened for a person").isEqualTo("OPEN");
        assertThat(column(code, "priority")).isEqualTo("HIGH");
        assertThat(column(code, "close_reason")).isNull();
        Task back = awaitRespondTask(code);
        assertThat(back.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS))
                .isEqualTo(Instant.parse(accepted.json().get("expectedBy").asText()).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aMergedInquiryNamesTheInquiryItContinuesIn() {
        String email = uniqueEmail();
        JsonNode first = create(email, "WEB", "CONTRACT", "정기 결제 해지 문의", "다음 달부터 정기 결제를 해지하고 싶어요");
        awaitRespondTask(first.get("code").asText());
        // Only a contact the channel proves (here: a mail from the address) joins the customer's open inquiry.
        JsonNode second = json.valueToTree(intake.receive(json.convertValue(TestInquiries.request(email, "EMAIL", null,
                "정기 결제 해지 문의", "메일로도 남깁니다. 해지할 수 있나요?"), NewInquiryRequest.class), null, "127.0.0.1", true)
                .created());
        assertThat(second.get("status").asText()).isEqualTo("MERGED");
        String secondCode = second.get("code").asText();

        for (String action : List.of("agent-request", "self-resolved", "withdraw")) {
            ApiClient.Response refused = api.post(action(secondCode, action), "", TOKEN, second.get("accessToken").asText());
            assertThat(refused.status()).as(action).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("continuesIn").asText()).isEqualTo(first.get("code").asText());
            assertThat(refused.json().get("detail").asText()).contains(first.get("code").asText());
        }
        assertThat(column(first.get("code").asText(), "status")).isEqualTo("OPEN");
    }

    @Test
    void onlyTheInquirysOwnTokenAndValidInputAreAccepted() {
        JsonNode created = create(uniqueEmail(), "WEB", "GENERAL", "포인트 적립", "포인트가 적립되지 않았어요");
        JsonNode other = create(uniqueEmail(), "WEB", "GENERAL", "쿠폰 사용", "쿠폰이 적용되지 않아요");
        String code = created.get("code").asText();
        awaitRespondTask(code);

        for (String action : List.of("agent-request", "self-resolved", "withdraw")) {
            ApiClient.Response missing = api.post(action(code, action), "");
            assertThat(missing.status()).as(action).isEqualTo(401);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(api.post(action(code, action), "", TOKEN, other.get("accessToken").asText()).status())
                    .as(action + " with another inquiry's token").isEqualTo(404);
            ApiClient.Response unknown = api.post(action("INQ-19990101-000001", action), "", TOKEN, "x");
            assertThat(unknown.status()).as(action).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
        }
        String token = created.get("accessToken").asText();
        assertProblemNames(api.post(action(code, "withdraw"), ApiClient.json(Map.of("reason", "가".repeat(501))),
                TOKEN, token), "reason");
        assertProblemNames(api.post(action(code, "self-resolved"), ApiClient.json(Map.of("articleSlug", "../etc/passwd")),
                TOKEN, token), "articleSlug");

        assertThat(column(code, "status")).isEqualTo("OPEN");
        assertThat(column(code, "priority")).isEqualTo("NORMAL");
    }

    private JsonNode create(String email, String channel, String category, String subject, String body) {
        return TestInquiries.create(api, TestInquiries.request(email, channel, category, subject, body));
    }

    private static String uniqueEmail() {
        return TestInquiries.uniqueEmail("anytime");
    }

    private static String action(String code, String action) {
        return "/api/v1/inquiries/" + code + "/" + action;
    }

    private String column(String code, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM inquiry WHERE code = ?", String.class, code);
    }

    private String emailOf(String code) {
        return jdbc.queryForObject("SELECT c.email FROM customer c JOIN inquiry i ON i.customer_id = c.id WHERE i.code = ?",
                String.class, code);
    }

    private List<String> outboxRecipients(String code, String template) {
        return jdbc.queryForList("SELECT o.recipient FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id"
                + " WHERE i.code = ? AND o.template_code = ? ORDER BY o.id", String.class, code, template);
    }

    private void assertProcessEndedAt(String code, String endEvent) {
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(InquiryLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(code).count()).as("running instances").isZero();
        // The history names the event sub-process as where the instance ended; its end event shows in the activities.
        var instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(InquiryLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(code).singleResult();
        assertThat(instance.getEndTime()).isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(endEvent).finished().count()).as("passed " + endEvent).isOne();
    }

    private Task awaitRespondTask(String code) {
        return TestInquiries.awaitRespondTask(tasks, code);
    }

    /** Completes as the assignee, or as an agent of the task's group when it waits in the queue. */
    private void completeAs(Task task, Map<String, Object> variables) {
        String user = task.getAssignee() != null ? task.getAssignee()
                : identity.createUserQuery().memberOfGroup(candidateGroup(task)).list().get(0).getId();
        TestInquiries.asUser(identity, user, () -> tasks.complete(task.getId(), variables));
    }

    private String candidateGroup(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    }

    private static JsonNode lastMessage(JsonNode view, String direction) {
        JsonNode found = null;
        for (JsonNode message : view.get("messages")) {
            if (message.get("direction").asText().equals(direction)) {
                found = message;
            }
        }
        assertThat(found).as("a %s message", direction).isNotNull();
        return found;
    }

    private static void assertProblemNames(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    }
}
