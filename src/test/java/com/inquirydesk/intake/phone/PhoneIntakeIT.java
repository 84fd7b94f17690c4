package com.inquirydesk.intake.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An agent logs a phone call through the engine API, as Tasklist's "Start process" submits the start form. */
@IntegrationTest
class PhoneIntakeIT {

    static final String SUBMIT = "/engine-rest/process-definition/key/phoneInquiryIntake/submit-form";

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
    void callFromAKnownNumberJoinsThatCustomerAndGoesToTheQueueOfItsCategory() {
        String phone = randomMobile();
        Map<String, Object> request = TestInquiries.request(null, "WEB", "GENERAL", "회원 등급 문의", "등급 기준이 궁금합니다.");
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) request.get("customer");
        customer.remove("email");
        customer.put("phone", phone);
        customer.put("name", "김기존");
        String earlier = TestInquiries.create(api, request).get("code").asText();
        long customerId = jdbc.queryForObject("SELECT customer_id FROM inquiry WHERE code = ?", Long.class, earlier);

        String subject = "반품 신청 버튼이 안 보여요 " + TestInquiries.uniqueWord(10);
        ApiClient.Response logged = logCall("kim", phone.replace("-", " "), "김다른", "RETURN", subject, false, null);

        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        String code = codeOf(subject);
        assertThat(logged.json().get("businessKey").asText()).isEqualTo(code);
        Map<String, Object> inquiry = jdbc.queryForMap("SELECT customer_id, channel, category FROM inquiry WHERE code = ?", code);
        assertThat(inquiry).containsEntry("CHANNEL", "PHONE").containsEntry("CATEGORY", "RETURN");
        assertThat(((Number) inquiry.get("CUSTOMER_ID")).longValue()).isEqualTo(customerId);
        assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE id = ?", String.class, customerId))
                .as("what a caller says about their name never changes a known customer").isEqualTo("김기존");
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'NOTE'", String.class, code))
                .anySatisfy(note -> assertThat(note).contains("김다른").contains("김기존"));

        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(tasks.getIdentityLinksForTask(respond.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("agents-returns"));
        assertThat(api.get("/engine-rest/task?processInstanceBusinessKey=" + code, "Authorization",
                ApiClient.basicAuth("lee", "demo")).json().findValuesAsText("id")).containsExactly(respond.getId());
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'CUSTOMER'", String.class, code)).containsExactly("고객이 말한 내용: " + subject);
    }

    @Test
    void callResolvedOnThePhoneIsAnsweredWithTheAgentsSummaryAndResolved() {
        String subject = "요금제 변경 방법 " + TestInquiries.uniqueWord(10);
        String summary = "앱의 '내 요금제' 메뉴에서 바로 바꾸실 수 있다고 안내했습니다 🙂";

        ApiClient.Response logged = logCall("kim", randomMobile(), "박통화", "BILLING", subject, true, summary);

        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        String code = codeOf(subject);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> jdbc.queryForObject("SELECT status FROM inquiry WHERE code = ?", String.class, code),
                status -> "RESOLVED".equals(status) || "CLOSED".equals(status));
        assertThat(jdbc.queryForMap("SELECT m.body, m.author FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'AGENT'", code))
                .containsEntry("BODY", summary).containsEntry("AUTHOR", "kim");
    }

    @Test
    void callWithAMalformedNumberIsRefusedNamingTheField() {
        String subject = "잘못된 번호 " + TestInquiries.uniqueWord(10);

        ApiClient.Response refused = logCall("kim", "010-12", "이상해", "GENERAL", subject, false, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("callerPhone").contains("전화번호");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void onlyAgentsMayLogACall() {
        ApiClient.Response refused = logCall("choi", randomMobile(), "최관리", "GENERAL", "관리자가 기록 " + TestInquiries.uniqueWord(10), false, null);

        assertThat(refused.status()).isEqualTo(403);
    }

    private ApiClient.Response logCall(String agent, String phone, String name, String category, String subject,
                                       boolean resolved, String summary) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("callerPhone", Map.of("value", phone, "type", "String"));
        variables.put("callerName", Map.of("value", name, "type", "String"));
        variables.put("category", Map.of("value", category, "type", "String"));
        variables.put("subject", Map.of("value", subject, "type", "String"));
        variables.put("callNotes", Map.of("value", "고객이 말한 내용: " + subject, "type", "String"));
        variables.put("resolvedOnCall", Map.of("value", resolved, "type", "Boolean"));
        if (summary != null) {
            variables.put("callSummary", Map.of("value", summary, "type", "String"));
        }
        return api.post(SUBMIT, ApiClient.json(Map.of("variables", variables)),
                "Authorization", ApiClient.basicAuth(agent, "demo"));
    }

    private String codeOf(String subject) {
        return jdbc.queryForObject("SELECT code FROM inquiry WHERE subject = ?", String.class, subject);
    }


    private static String randomMobile() {
        var random = ThreadLocalRandom.current();
        return "010-%04d-%04d".formatted(random.nextInt(10000), random.nextInt(10000));
    }
}
