package com.inquirydesk.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The respond form's suggested replies and the internal manual page, through the engine API and the desk page. */
@IntegrationTest
class AnsweringHelpIT {

    static final String[] KIM = {"Authorization", ApiClient.basicAuth("kim", "demo")};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void respondTaskOffersTheMatchingManualReplyAndTheChosenOneIsAppendedToWhatTheAgentTyped() {
        String product = TestInquiries.uniqueWord(8);
        long answerId = cannedResponse(product + " 정기결제 해지 안내",
                product + " 정기결제는 앱의 구독 관리에서 해지하실 수 있고, 다음 결제일부터 청구되지 않습니다.");
        var created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("answering"), "WEB", "BILLING",
                product + " 정기결제 해지하고 싶어요", product + " 정기결제를 그만 쓰고 싶은데 해지는 어디서 하나요?"));
        String code = created.get("code").asText();
        Task task = TestInquiries.awaitRespondTask(tasks, code);

        Map<String, Object> variables = tasks.getVariables(task.getId());
        assertThat((String) variables.get("answerChoices")).startsWith("c/" + answerId + ":[답변] " + product + " 정기결제 해지 안내");
        assertThat((String) variables.get("answerSuggestionsText")).contains(product + " 정기결제 해지 안내");

        claimForKim(task);
        ApiClient.Response completed = api.post("/engine-rest/task/" + task.getId() + "/complete", ApiClient.json(Map.of(
                "variables", Map.of(
                        "reply", Map.of("value", "문의 주셔서 감사합니다."),
                        "suggestedAnswer", Map.of("value", "c/" + answerId),
                        "outcome", Map.of("value", "replied")))), KIM);
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);

        String expected = "문의 주셔서 감사합니다.\n\n" + product + " 정기결제는 앱의 구독 관리에서 해지하실 수 있고, 다음 결제일부터 청구되지 않습니다.";
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("SELECT m.body FROM inquiry_message m "
                + "JOIN inquiry i ON i.id = m.inquiry_id WHERE i.code = ? AND m.direction = 'AGENT'", String.class, code)
                .contains(expected));
        assertThat(api.get("/api/v1/inquiries/" + code, "X-Access-Token", created.get("accessToken").asText()).body())
                .contains("구독 관리에서 해지하실 수 있고");
    }

    @Test
    void aSuggestionThatNamesNothingIsRefusedAndTheTaskStays() {
        var created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("answering"), "WEB", "BILLING",
                "결제 수단 변경", "카드를 바꾸고 싶어요."));
        Task task = TestInquiries.awaitRespondTask(tasks, created.get("code").asText());
        claimForKim(task);

        ApiClient.Response refused = api.post("/engine-rest/task/" + task.getId() + "/complete", ApiClient.json(Map.of(
                "variables", Map.of(
                        "reply", Map.of("value", "안내드립니다."),
                        "suggestedAnswer", Map.of("value", "c/987654321"),
                        "outcome", Map.of("value", "replied")))), KIM);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("suggestedAnswer");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void manualPageFindsEntriesByKoreanWordsForAgents() {
        String product = TestInquiries.uniqueWord(8);
        cannedResponse(product + " 환불 일정 안내", "카드 환불은 취소 후 3~5영업일 안에 카드사에서 처리됩니다.");

        ApiClient.Response page = api.get("/desk/manual?q=" + product + "%20%ED%99%98%EB%B6%88%EC%9D%B4", KIM);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(product + " 환불 일정 안내").contains("3~5영업일");
        assertThat(api.get("/desk/manual?q=" + product, "Authorization", ApiClient.basicAuth("jung", "demo")).status())
                .as("the product team does not answer customers").isEqualTo(403);
    }

    @Test
    void manualSearchTooLongOrWithAnUnknownCategoryIsABadRequestNamingTheParameter() {
        ApiClient.Response tooLong = api.get("/desk/manual?q=" + "가".repeat(201), KIM);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"q\"");

        ApiClient.Response unknown = api.get("/desk/manual?category=PETS", KIM);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"category\"");
    }

    private void claimForKim(Task task) {
        if (task.getAssignee() == null) {
            assertThat(api.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"kim\"}", KIM).status()).isEqualTo(204);
        } else if (!"kim".equals(task.getAssignee())) {
            tasks.setAssignee(task.getId(), "kim");
        }
    }

    private long cannedResponse(String title, String body) {
        jdbc.update("INSERT INTO canned_response (kind, title, body, category, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                "CANNED_RESPONSE", title, body, "BILLING", "choi", Timestamp.from(Instant.now()));
        return jdbc.queryForObject("SELECT id FROM canned_response WHERE title = ?", Long.class, title);
    }

}
