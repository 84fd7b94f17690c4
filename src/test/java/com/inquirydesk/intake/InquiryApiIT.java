package com.inquirydesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class InquiryApiIT {

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

    static Map<String, Object> inquiry(String email, String channel, String category, String subject, String body) {
        return TestInquiries.request(email, channel, category, subject, body);
    }

    static String uniqueEmail() {
        return TestInquiries.uniqueEmail("customer");
    }

    @Test
    void createdInquiryIsReadBackWithKoreanAndEmojiIntact() {
        String body = "지난주에 반품했는데 환불이 아직 안 들어왔어요 😡 언제 되나요? ㅠㅠ";
        ApiClient.Response created = api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", "RETURN", "환불 언제 되나요 😡", body)));

        assertThat(created.status()).isEqualTo(201);
        JsonNode answer = created.json();
        String code = answer.get("code").asText();
        assertThat(code).matches("INQ-\\d{8}-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/inquiries/" + code);
        assertThat(answer.get("priority").asText()).isEqualTo("HIGH");
        assertThat(answer.get("apology").asText()).contains("죄송").contains("상담원");
        assertThat(answer.get("acknowledgement").asText()).contains(code);
        assertThat(answer.get("expectedFirstResponseBy").asText()).isNotBlank();
        assertThat(answer.get("suggestedArticles")).isNotEmpty();
        assertThat(answer.get("suggestedArticles").get(0).get("slug").asText()).isEqualTo("refund-timeline");

        JsonNode view = api.get("/api/v1/inquiries/" + code, "X-Access-Token", answer.get("accessToken").asText()).json();
        assertThat(view.get("subject").asText()).isEqualTo("환불 언제 되나요 😡");
        assertThat(view.get("messages").get(0).get("direction").asText()).isEqualTo("CUSTOMER");
        assertThat(view.get("messages").get(0).get("body").asText()).isEqualTo(body);
    }

    @Test
    void conversationNeedsTheInquirysOwnToken() {
        JsonNode first = api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "APP", "GENERAL", "배송 조회", "배송이 어디쯤인지 알고 싶어요"))).json();
        JsonNode second = api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "APP", "GENERAL", "주소 변경", "배송 주소를 바꾸고 싶어요"))).json();
        String code = first.get("code").asText();

        ApiClient.Response missing = api.get("/api/v1/inquiries/" + code);
        ApiClient.Response foreign = api.get("/api/v1/inquiries/" + code, "X-Access-Token", second.get("accessToken").asText());
        ApiClient.Response unknown = api.get("/api/v1/inquiries/INQ-19990101-000001", "X-Access-Token", "x");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("title").asText()).isEqualTo("문의를 찾을 수 없습니다");
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheSameInquiryOnce() {
        String key = "retry-" + UUID.randomUUID();
        String request = ApiClient.json(inquiry(uniqueEmail(), "WEB", "BILLING", "결제가 두 번 됐어요", "카드 결제가 이중으로 승인됐습니다"));

        ApiClient.Response first = api.post("/api/v1/inquiries", request, "Idempotency-Key", key);
        ApiClient.Response again = api.post("/api/v1/inquiries", request, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        String code = first.json().get("code").asText();
        assertThat(again.json().get("code").asText()).isEqualTo(code);
        assertThat(again.json().get("accessToken").asText()).isEqualTo(first.json().get("accessToken").asText());
        assertThat(jdbc.queryForObject("SELECT access_token_sealed FROM inquiry WHERE code = ?", String.class, code))
                .as("kept only sealed under the server secret").isNotBlank()
                .doesNotContain(first.json().get("accessToken").asText());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE idempotency_key = ?", Long.class, key)).isOne();
        assertThat(historicCount(code)).as("process instances started for the inquiry").isOne();
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        String key = "reuse-" + UUID.randomUUID();
        api.post("/api/v1/inquiries", ApiClient.json(inquiry(uniqueEmail(), "WEB", "BILLING", "결제 문의", "첫 번째 문의")),
                "Idempotency-Key", key);

        ApiClient.Response reused = api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", "BILLING", "결제 문의", "전혀 다른 문의")), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void invalidRequestsGetProblemDocumentsNamingTheFieldAndStoreNothing() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class);

        Map<String, Object> missing = new LinkedHashMap<>();
        missing.put("body", "채널과 제목이 없습니다");
        assertProblem(api.post("/api/v1/inquiries", ApiClient.json(missing)), 400, "channel", "subject", "customer");

        assertProblem(api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", null, "가".repeat(201), "본문"))), 400, "subject");
        assertProblem(api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", null, "제목", "나".repeat(20_001)))), 400, "body");
        assertProblem(api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", "REFUND", "제목", "본문"))), 400, "category");
        assertProblem(api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "FAX", null, "제목", "본문"))), 400, "channel");
        assertProblem(api.post("/api/v1/inquiries",
                ApiClient.json(inquiry("not-an-address", "WEB", null, "제목", "본문"))), 400, "customer.email");

        Map<String, Object> anonymous = inquiry(null, "WEB", null, "제목", "본문");
        ((Map<?, ?>) anonymous.get("customer")).remove("email");
        assertProblem(api.post("/api/v1/inquiries", ApiClient.json(anonymous)), 400, "customer");

        ApiClient.Response malformed = api.post("/api/v1/inquiries", "{\"channel\": \"WEB\", \"subject\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at com.");

        ApiClient.Response huge = api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", null, "제목", "x".repeat(70_000))));
        assertThat(huge.status()).isEqualTo(413);

        ApiClient.Response badKey = api.post("/api/v1/inquiries",
                ApiClient.json(inquiry(uniqueEmail(), "WEB", null, "제목", "본문")), "Idempotency-Key", "key with spaces");
        assertProblem(badKey, 400, "Idempotency-Key");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry", Long.class)).isEqualTo(before);
    }

    @Test
    void agentReplyReachesTheCustomerAndTheCustomersAnswerGoesBackToTheSameAgent() {
        JsonNode created = api.post("/api/v1/inquiries", ApiClient.json(
                inquiry(uniqueEmail(), "WEB", "BILLING", "영수증 재발급", "지난달 결제 영수증을 다시 받고 싶어요"))).json();
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        Task task = awaitRespondTask(code);
        if (task.getAssignee() == null) {
            // kim is the only billing agent; once other tests fill kim's capacity the inquiry waits in the queue.
            tasks.claim(task.getId(), "kim");
        }
        String agent = "kim";

        String reply = "마이페이지 > 결제 내역에서 바로 출력하실 수 있어요 😊 감사합니다!";
        completeAs(agent, task, Map.of("reply", reply, "outcome", "replied"));

        JsonNode waiting = api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json();
        assertThat(waiting.get("status").asText()).isEqualTo("WAITING_CUSTOMER");
        JsonNode agentMessage = lastMessage(waiting, "AGENT");
        assertThat(agentMessage.get("body").asText()).isEqualTo(reply);
        assertThat(agentMessage.get("author").asText()).startsWith("상담원");

        ApiClient.Response customerReply = api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "출력했어요. 그런데 사업자 정보도 넣을 수 있나요? 🙏")), "X-Access-Token", token);
        assertThat(customerReply.status()).isEqualTo(202);

        Task again = awaitRespondTask(code);
        assertThat(again.getId()).isNotEqualTo(task.getId());
        assertThat(again.getAssignee()).isEqualTo(agent);
        assertThat(runtime.getVariable(again.getProcessInstanceId(), "customerMessage")).asString()
                .contains("사업자 정보도 넣을 수 있나요? 🙏");

        completeAs(agent, again, Map.of("reply", "네, 세금계산서 발급 요청으로 가능합니다.", "outcome", "resolved"));

        JsonNode resolved = api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json();
        assertThat(resolved.get("status").asText()).as("reopenable for a week").isEqualTo("RESOLVED");

        // Past the reopen window the engine's timer closes it.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(8))));
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json().get("status").asText(),
                    "CLOSED"::equals);
        } finally {
            ClockUtil.reset();
        }
        ApiClient.Response late = api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "하나 더요")), "X-Access-Token", token);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSameQuestionThatOnlyClaimsTheEmailFromAnotherChannelStaysApartAndIsLinkedForStaff() {
        String email = uniqueEmail();
        JsonNode first = api.post("/api/v1/inquiries", ApiClient.json(
                inquiry(email, "WEB", "CONTRACT", "정기 이용 계약 해지 문의", "다음 달부터 해지하고 싶습니다"))).json();
        awaitRespondTask(first.get("code").asText());

        ApiClient.Response second = api.post("/api/v1/inquiries", ApiClient.json(
                inquiry(email, "EMAIL", null, "계약 해지 문의", "메일로도 보냅니다. 해지 위약금이 있나요?")));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("status").asText()).isNotEqualTo("MERGED");
        assertThat(second.json().hasNonNull("duplicateOf")).isFalse();
        JsonNode firstView = api.get("/api/v1/inquiries/" + first.get("code").asText(),
                "X-Access-Token", first.get("accessToken").asText()).json();
        assertThat(firstView.get("messages").findValuesAsText("body"))
                .noneMatch(text -> text.contains("해지 위약금이 있나요?"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM possible_same_customer l JOIN inquiry i ON i.id = l.inquiry_id "
                + "JOIN inquiry f ON f.customer_id = l.candidate_id WHERE i.code = ? AND f.code = ? AND l.status = 'PENDING'",
                Long.class, second.json().get("code").asText(), first.get("code").asText())).isOne();
    }

    private long historicCount(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", Long.class, code);
    }

    private Task awaitRespondTask(String code) {
        return TestInquiries.awaitRespondTask(tasks, code);
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TestInquiries.asUser(identity, user, () -> tasks.complete(task.getId(), variables));
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

    private static void assertProblem(ApiClient.Response response, int status, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> named = response.json().get("errors").findValuesAsText("field");
        assertThat(named).contains(fields);
    }
}
