package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.browser.HeadlessChromium;
import com.inquirydesk.browser.ScreenshotOnFailure;
import com.inquirydesk.browser.TasklistPage;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent answers a customer's inquiry in Camunda Tasklist, in headless Chromium, and the
 * customer reads the answer through the public API: Korean and emoji must survive the whole way
 * (REST intake, engine, form-js form, task completion, conversation store).
 *
 * <p>Needs Debian's chromium and chromium-driver; runs only with {@code -Dit.browser=true}. It shares
 * the application context of the other integration tests, so it finds its task by id rather than
 * assuming an empty queue.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class TasklistReplyBrowserIT {

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(30);

    private static final String AGENT = "kim";
    private static final String AGENT_PASSWORD = "demo";
    private static final String GROUP_QUEUE_FILTER = "My groups' queue";

    private static final String SUBJECT = "이번 달 요금이 두 번 결제되었어요";
    private static final String BODY = "11월 요금이 카드에서 두 번 빠져나갔습니다. 한 건은 취소해 주시고 환불 일정도 알려 주세요.";
    private static final String REPLY = "환불 처리해 드렸습니다 😊 카드사 사정에 따라 3~5영업일 안에 취소 내역이 보입니다.";

    /** Labels of forms/respond-inquiry.form, as the agent reads them. */
    private static final String CODE_FIELD = "문의 번호";
    private static final String CATEGORY_FIELD = "분류";
    private static final String CUSTOMER_MESSAGE_FIELD = "고객 메시지";
    private static final String REPLY_FIELD = "답변";
    private static final String OUTCOME_FIELD = "처리 결과";
    private static final String OUTCOME_REPLIED = "답변 후 고객 응답 대기";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    private ApiClient api;
    private HeadlessChromium browser;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser == null ? null : browser.driver());

    @BeforeEach
    void openBrowser() {
        api = new ApiClient(port);
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void agentAnswersBillingInquiryInTasklistAndCustomerReadsReplyWithEmoji() {
        CreatedInquiry inquiry = createBillingInquiry();
        Task task = awaitRespondTask(inquiry.code());
        assertThat(task.getAssignee())
                .as("a billing inquiry is either queued for agents-billing or assigned to its only agent")
                .isIn(null, AGENT);

        TasklistPage tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, BROWSER_TIMEOUT);
        tasklist.logIn(AGENT, AGENT_PASSWORD);
        tasklist.openFilter(GROUP_QUEUE_FILTER);
        tasklist.openTaskFromList(task.getId());

        assertThat(tasklist.taskTitle()).as("the task names its inquiry").startsWith(inquiry.code() + " · ");
        assertThat(tasklist.fieldValue(CODE_FIELD)).isEqualTo(inquiry.code());
        assertThat(tasklist.fieldValue(CATEGORY_FIELD)).isEqualTo("결제");
        assertThat(tasklist.fieldValue(CUSTOMER_MESSAGE_FIELD)).contains(BODY);

        tasklist.claimIfUnassigned();
        assertThat(tasklist.type(REPLY_FIELD, REPLY))
                .as("the reply field holds exactly what was typed, emoji included")
                .isEqualTo(REPLY);
        tasklist.choose(OUTCOME_FIELD, OUTCOME_REPLIED);
        tasklist.complete();

        eventually("task " + task.getId() + " to be completed", PROCESS_TIMEOUT,
                () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0,
                () -> describeProcess(inquiry.code()));

        List<String> agentMessages = eventually("the reply to appear in the customer's conversation", PROCESS_TIMEOUT,
                () -> {
                    List<String> bodies = agentMessageBodies(inquiry);
                    return bodies.isEmpty() ? null : bodies;
                },
                () -> "conversation now: " + conversation(inquiry));
        assertThat(agentMessages).contains(REPLY);
    }

    private CreatedInquiry createBillingInquiry() {
        // A customer of their own per run: the duplicate check must not merge this into an earlier run's inquiry.
        String email = "browser-it-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> request = Map.of(
                "channel", "WEB",
                "customer", Map.of("email", email, "name", "한결제"),
                "category", "BILLING",
                "subject", SUBJECT,
                "body", BODY,
                "locale", "ko");
        ApiClient.Response response = api.post("/api/v1/inquiries", ApiClient.json(request));
        assertThat(response.status()).as("POST /api/v1/inquiries: %s", response.body()).isEqualTo(201);
        JsonNode created = response.json();
        return new CreatedInquiry(created.path("code").asText(), created.path("accessToken").asText());
    }

    private Task awaitRespondTask(String code) {
        return eventually("Task_RespondToInquiry of " + code, PROCESS_TIMEOUT,
                () -> taskService.createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND)
                        .singleResult(),
                () -> describeProcess(code));
    }

    private JsonNode readAsCustomer(CreatedInquiry inquiry) {
        ApiClient.Response response = api.get("/api/v1/inquiries/" + inquiry.code(), "X-Access-Token", inquiry.accessToken());
        assertThat(response.status()).as("GET /api/v1/inquiries/%s: %s", inquiry.code(), response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> agentMessageBodies(CreatedInquiry inquiry) {
        List<String> bodies = new ArrayList<>();
        for (JsonNode message : readAsCustomer(inquiry).path("messages")) {
            if ("AGENT".equals(message.path("direction").asText())) {
                bodies.add(message.path("body").asText());
            }
        }
        return bodies;
    }

    private String conversation(CreatedInquiry inquiry) {
        List<String> lines = new ArrayList<>();
        for (JsonNode message : readAsCustomer(inquiry).path("messages")) {
            lines.add(message.path("direction").asText() + ": " + message.path("body").asText());
        }
        return lines.toString();
    }

    /** Where the inquiry's process stands, and why a job failed if one did: the message a timeout needs. */
    private String describeProcess(String code) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .singleResult();
        if (instance == null) {
            return "no running process instance with business key " + code;
        }
        String failedJobs = managementService.createJobQuery()
                .processInstanceId(instance.getId())
                .withException()
                .list().stream()
                .map(Job::getExceptionMessage)
                .collect(Collectors.joining("; "));
        return "process " + instance.getId() + " waits at " + runtimeService.getActiveActivityIds(instance.getId())
                + (failedJobs.isEmpty() ? "" : ", failed jobs: " + failedJobs);
    }

    /** Polls until the probe answers (neither null nor false), explaining the state on timeout. */
    private static <T> T eventually(String what, Duration timeout, Callable<T> probe, Supplier<String> state) {
        try {
            return await(what).atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(probe, answer -> answer != null && !Boolean.FALSE.equals(answer));
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError("Gave up waiting " + timeout.toSeconds() + " s for " + what + ": " + state.get(), timedOut);
        }
    }

    private record CreatedInquiry(String code, String accessToken) {
    }
}
