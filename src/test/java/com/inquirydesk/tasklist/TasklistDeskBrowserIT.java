package com.inquirydesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.browser.HeadlessChromium;
import com.inquirydesk.browser.ScreenshotOnFailure;
import com.inquirydesk.browser.TasklistDesk;
import com.inquirydesk.browser.TasklistPage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agent's desk in Camunda Tasklist, in headless Chromium: rows an agent can tell apart, finding a task by
 * inquiry code, logging a phone call from "Start process", and inserting a suggested answer into the reply.
 * Runs only with {@code -Dit.browser=true}; shares the application context of the other integration tests.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "it.browser", matches = "true")
class TasklistDeskBrowserIT {

    static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(30);
    static final String GROUP_QUEUE = "My groups' queue";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    HeadlessChromium browser;

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
    void kimsListShowsEachTasksCodeAndSubjectAndSearchingACodeFindsExactlyThatTask() {
        String firstSubject = "결제가 두 번 됐어요 " + TestInquiries.uniqueWord(8);
        String secondSubject = "영수증이 안 와요 " + TestInquiries.uniqueWord(8);
        String first = inquiry("BILLING", firstSubject);
        String second = inquiry("BILLING", secondSubject);
        Task firstTask = TestInquiries.awaitRespondTask(tasks, first);
        Task secondTask = TestInquiries.awaitRespondTask(tasks, second);

        TasklistPage tasklist = tasklist("kim");
        tasklist.openFilter(GROUP_QUEUE);
        TasklistDesk desk = desk();

        List<TasklistDesk.Row> found = desk.searchProcessVariable(groupQueueId(), "inquiryCode", first, firstTask.getId());
        assertThat(found.get(0).name()).isEqualTo(first + " · " + firstSubject);
        // The collapsed row shows the first two columns (code and customer); the rest open with the row's arrow.
        assertThat(found.get(0).text()).contains(first, "홍*동");

        found = desk.searchProcessVariable(groupQueueId(), "inquiryCode", second, secondTask.getId());
        assertThat(found.get(0).name()).isEqualTo(second + " · " + secondSubject);
    }

    @Test
    void phoneCallLoggedFromStartProcessLandsInTheQueueOfItsCategoryForTheRightAgent() {
        String subject = "반품 접수 방법 " + TestInquiries.uniqueWord(8);

        TasklistPage tasklist = tasklist("kim");
        TasklistDesk desk = desk();
        assertThat(desk.openStartProcess()).as("an agent may start the phone intake and nothing else").containsExactly("전화 문의 기록");
        desk.chooseProcess("전화 문의 기록");
        desk.type("고객 전화번호", "010-%04d-%04d".formatted(ThreadLocalRandom.current().nextInt(10000),
                ThreadLocalRandom.current().nextInt(10000)));
        desk.type("고객 이름", "전화한");
        desk.select("문의 분류", "반품·환불");
        desk.type("제목", subject);
        desk.type("통화 내용", "주문한 신발이 작아서 반품하고 싶다고 하심");
        desk.start();

        List<String> codes = jdbc.queryForList("SELECT code FROM inquiry WHERE subject = ? AND channel = 'PHONE'", String.class, subject);
        assertThat(codes).as("the start form registered one phone inquiry").hasSize(1);
        String code = codes.get(0);
        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(tasks.getIdentityLinksForTask(respond.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("agents-returns"));

        browser.driver().manage().deleteAllCookies();
        TasklistPage lee = tasklist("lee");
        lee.openFilter(GROUP_QUEUE);
        List<TasklistDesk.Row> found = desk().searchProcessVariable(groupQueueId(), "inquiryCode", code, respond.getId());
        assertThat(found.get(0).name()).isEqualTo(code + " · " + subject);
        assertThat(found.get(0).text()).as("the collapsed row: code and customer").contains(code, "전*한");
        assertThat(desk().expandRow(respond.getId())).as("the opened row: channel, category and due time")
                .contains("채널:", "전화", "분류:", "반품·환불", "답변 기한:");
    }

    @Test
    void suggestedAnswerInsertedInTasklistEndsUpInTheReplyTheCustomerReads() {
        String product = TestInquiries.uniqueWord(8);
        String title = product + " 정기결제 해지 안내";
        String body = product + " 정기결제는 앱의 구독 관리에서 바로 해지하실 수 있어요.";
        jdbc.update("INSERT INTO canned_response (kind, title, body, category, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                "CANNED_RESPONSE", title, body, "BILLING", "choi", Timestamp.from(Instant.now()));
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("suggest-browser"), "WEB",
                "BILLING", product + " 정기결제 해지", product + " 정기결제 해지는 어디서 하나요?"));
        String code = created.get("code").asText();
        Task task = TestInquiries.awaitRespondTask(tasks, code);

        TasklistPage tasklist = tasklist("kim");
        tasklist.openFilter(GROUP_QUEUE);
        desk().searchProcessVariable(groupQueueId(), "inquiryCode", code, task.getId());
        tasklist.openTaskFromList(task.getId());
        tasklist.claimIfUnassigned();
        tasklist.type("답변", "안녕하세요, 문의 주셔서 감사합니다.");
        tasklist.choose("추천 답변 넣기", "[답변] " + title);
        tasklist.choose("처리 결과", "답변 후 고객 응답 대기");
        tasklist.complete();

        String expected = "안녕하세요, 문의 주셔서 감사합니다.\n\n" + body;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode conversation = api.get("/api/v1/inquiries/" + code, "X-Access-Token", created.get("accessToken").asText()).json();
            for (JsonNode message : conversation.path("messages")) {
                if ("AGENT".equals(message.path("direction").asText()) && expected.equals(message.path("body").asText())) {
                    return true;
                }
            }
            return false;
        });
    }

    private TasklistPage tasklist(String user) {
        TasklistPage tasklist = new TasklistPage(browser.driver(), "http://localhost:" + port, BROWSER_TIMEOUT);
        tasklist.logIn(user, "demo");
        return tasklist;
    }

    private TasklistDesk desk() {
        return new TasklistDesk(browser.driver(), "http://localhost:" + port, BROWSER_TIMEOUT);
    }

    private String groupQueueId() {
        return filters.createFilterQuery().filterName(GROUP_QUEUE).singleResult().getId();
    }

    private String inquiry(String category, String subject) {
        return TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("desk-browser"), "WEB", category,
                subject, subject + " 확인 부탁드려요.")).get("code").asText();
    }

}
