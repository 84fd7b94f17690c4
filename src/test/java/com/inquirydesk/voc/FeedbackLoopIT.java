package com.inquirydesk.voc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.product.ProductFeedbackReporter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feedback loop end to end: an unhappy survey answer opens a VOC review, the reviewer hands the
 * product problem to the product team where it joins an open hand-off, and the shipped fix reaches
 * every customer who reported it.
 */
@IntegrationTest
class FeedbackLoopIT {

    static final String FEATURE = "app-login-loop";

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ProductFeedbackReporter productFeedback;
    @Autowired JdbcTemplate jdbc;

    @Test
    void lowScoreReachesTheVocReviewersAndTheShippedFixReachesEveryAffectedCustomer() {
        ApiClient api = new ApiClient(port);
        JsonNode first = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("loop"), "WEB",
                "TECHNICAL", "앱 로그인이 안 돼요", "업데이트 후 로그인하면 계속 튕겨요"));
        JsonNode other = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("loop"), "APP",
                "TECHNICAL", "로그인 오류", "앱에서 로그인이 안 됩니다"));
        String code = first.get("code").asText();
        String token = first.get("accessToken").asText();

        // Another customer's report already opened the hand-off for the same feature.
        productFeedback.report(FEATURE, "업데이트 후 앱 로그인 실패", id(other.get("code").asText()),
                customerId(other.get("code").asText()), null);

        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        completeAs(respond.getAssignee() != null ? respond.getAssignee() : "park", respond,
                Map.of("reply", "앱을 다시 설치하면 로그인됩니다.", "outcome", "resolved"));

        // The invitation goes out from the survey process's own job, just after the resolution commits.
        JsonNode resolved = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json(),
                view -> view.hasNonNull("surveyUrl"));
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("surveyUrl").asText()).as("no token in the link staff can see too")
                .endsWith("/portal/survey/" + code);

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("csat", 1);
        answer.put("ces", 6);
        answer.put("nps", 2);
        answer.put("comment", "재설치해도 로그인이 안 돼요. 정말 최악이에요");
        ApiClient.Response answered = api.post("/api/v1/inquiries/" + code + "/survey", ApiClient.json(answer),
                "X-Access-Token", token);
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);

        Task review = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(VocReview.TASK_REVIEW_VOC)
                        .taskCandidateGroup("voc-reviewers").singleResult(),
                found -> found != null);
        assertThat(jdbc.queryForObject("SELECT v.keywords FROM voc_item v JOIN inquiry i ON i.id = v.inquiry_id"
                + " WHERE i.code = ?", String.class, code)).contains("로그인");

        completeAs("choi", review, Map.of("rootCause", "product-defect", "vocAction", "productIssue",
                "featureKey", FEATURE, "productSummary", "재설치 후에도 로그인 실패"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "SELECT affected_customers FROM product_feedback WHERE feature_key = ?", Integer.class, FEATURE), n -> n == 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product_feedback WHERE feature_key = ?", Long.class, FEATURE))
                .as("the second report joined the open hand-off").isOne();

        ApiClient.Response released = api.post("/api/v1/product-feedback/" + FEATURE + "/fix-released",
                ApiClient.json(Map.of("release", "앱 3.2.1")), "Authorization", ApiClient.basicAuth("jung", "demo"));
        assertThat(released.status()).as(released.body()).isEqualTo(202);

        for (JsonNode customer : List.of(first, other)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                    () -> systemMessages(api, customer).stream().anyMatch(text -> text.contains("앱 3.2.1")));
        }
    }

    private List<String> systemMessages(ApiClient api, JsonNode created) {
        JsonNode view = api.get("/api/v1/inquiries/" + created.get("code").asText(),
                "X-Access-Token", created.get("accessToken").asText()).json();
        return view.get("messages").findParents("direction").stream()
                .filter(message -> message.get("direction").asText().equals("SYSTEM"))
                .map(message -> message.get("body").asText())
                .toList();
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, code);
    }

    private long customerId(String code) {
        return jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, code);
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), user);
        }
        TestInquiries.asUser(identity, user, () -> tasks.complete(task.getId(), variables));
    }
}
