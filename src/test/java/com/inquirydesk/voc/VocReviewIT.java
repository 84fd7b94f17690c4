package com.inquirydesk.voc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A VOC review on the real database: the item mined from a Korean survey comment, listed by the staff API,
 * a guide published as a new article from the review, and the contact note kept with the inquiry.
 */
@IntegrationTest
class VocReviewIT {

    static final String COMMENT = "환불이 너무 늦어서 짜증나요 ㅠㅠ 😡";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void unhappySurveyAnswerBecomesAVocItemThatLeadsToANewGuide() {
        JsonNode inquiry = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("voc"), "WEB", "RETURN",
                "환불 문의", "지난주에 반품했는데 환불이 아직이에요"));
        String code = inquiry.get("code").asText();
        long inquiryId = jdbc.queryForObject("SELECT id FROM inquiry WHERE code = ?", Long.class, code);
        long customerId = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE id = ?", Long.class, inquiryId);
        jdbc.update("INSERT INTO survey_response (inquiry_id, agent, csat, ces, nps, comment, answered_at) "
                + "VALUES (?, 'lee', 1, 6, 2, ?, ?)", inquiryId, COMMENT, Timestamp.from(Instant.now()));
        long surveyResponseId = jdbc.queryForObject("SELECT id FROM survey_response WHERE inquiry_id = ?", Long.class, inquiryId);

        runtime.startProcessInstanceByKey(VocReview.PROCESS_KEY, code, Map.of(
                VocVariables.INQUIRY_ID, inquiryId, VocVariables.INQUIRY_CODE, code,
                VocVariables.CUSTOMER_ID, customerId, VocVariables.SURVEY_RESPONSE_ID, surveyResponseId));
        Task review = awaitTask(code, VocReview.TASK_REVIEW_VOC);

        JsonNode item = findItem(api.get("/api/v1/voc/items?status=OPEN&category=RETURN", "Authorization", ApiClient.basicAuth("choi", "demo")), code);
        assertThat(item.get("keywords")).extracting(JsonNode::asText).containsExactly("환불", "늦", "짜증");
        assertThat(item.get("sentiment").asText()).isEqualTo("NEGATIVE");
        assertThat(item.get("source").asText()).isEqualTo("SURVEY");
        assertThat(item.get("agent").asText()).isEqualTo("lee");
        assertThat(item.get("categoryLabel").asText()).isEqualTo("반품·환불");
        assertThat(runtime.getVariable(review.getProcessInstanceId(), VocVariables.SURVEY_COMMENT)).isEqualTo(COMMENT);

        String slug = "refund-delay-" + UUID.randomUUID().toString().substring(0, 8);
        asUser("choi", () -> {
            tasks.complete(review.getId(), Map.of("rootCause", "guide-missing", "vocAction", "updateGuide"));
            Task guide = awaitTask(code, VocReview.TASK_UPDATE_GUIDE_DOCUMENT);
            tasks.complete(guide.getId(), Map.of("articleSlug", slug, "articleTitle", "환불이 늦어질 때",
                    "articleBody", "반품 상품 확인이 끝나야 환불이 시작됩니다. 확인에는 보통 2영업일이 걸립니다.",
                    "guideCategory", "RETURN"));
            Task contact = awaitTask(code, VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);
            tasks.complete(contact.getId(), Map.of("contactResult", "reached", "contactNote", "사과드리고 환불 일정을 안내함 🙏"));
        });

        JsonNode closed = findItem(api.get("/api/v1/voc/items?status=CLOSED", "Authorization", ApiClient.basicAuth("choi", "demo")), code);
        assertThat(closed.get("rootCause").asText()).isEqualTo("guide-missing");
        assertThat(closed.get("action").asText()).isEqualTo("updateGuide");
        assertThat(closed.get("contactResult").asText()).isEqualTo("reached");
        assertThat(jdbc.queryForMap("SELECT version, category, status FROM kb_article WHERE slug = ?", slug))
                .containsEntry("VERSION", 1).containsEntry("CATEGORY", "RETURN").containsEntry("STATUS", "PUBLISHED");
        assertThat(jdbc.queryForObject("SELECT editor FROM kb_article_version v JOIN kb_article a ON a.id = v.article_id "
                + "WHERE a.slug = ? AND v.version = 1", String.class, slug)).isEqualTo("choi");
        assertThat(api.get("/api/v1/kb/articles/" + slug).json().get("title").asText()).isEqualTo("환불이 늦어질 때");
        assertThat(jdbc.queryForList("SELECT body FROM inquiry_message WHERE inquiry_id = ? AND direction = 'NOTE' "
                + "AND author = 'choi'", String.class, inquiryId))
                .containsExactly("[불만 고객 연락] 통화·연락 완료\n사과드리고 환불 일정을 안내함 🙏");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(VocReview.PROCESS_KEY)
                .processInstanceBusinessKey(code).count()).isZero();
    }

    @Test
    void vocItemsNeedAStaffLogin() {
        assertThat(api.get("/api/v1/voc/items").status()).isEqualTo(401);
    }

    @Test
    void unknownStatusFilterIsABadRequest() {
        ApiClient.Response response = api.get("/api/v1/voc/items?status=LOST", "Authorization", ApiClient.basicAuth("choi", "demo"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private Task awaitTask(String code, String taskDefinitionKey) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(code).processDefinitionKey(VocReview.PROCESS_KEY)
                        .taskDefinitionKey(taskDefinitionKey).singleResult(),
                task -> task != null);
    }

    private static JsonNode findItem(ApiClient.Response response, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode item : response.json()) {
            if (code.equals(item.path("inquiryCode").asText())) {
                return item;
            }
        }
        throw new AssertionError("no VOC item of " + code + " in " + response.body());
    }

    private void asUser(String userId, Runnable action) {
        TestInquiries.asUser(identity, userId, action);
    }
}
