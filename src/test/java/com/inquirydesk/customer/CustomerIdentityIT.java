package com.inquirydesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A request only claims who it is: the claim can neither read nor change a known customer, nor race one into two. */
@IntegrationTest
class CustomerIdentityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Test
    void sixFirstContactsClaimingTheSameNewAddressAtOnceAreAllAnsweredOneOwnsItAndTheOthersAreLinked() throws Exception {
        String email = TestInquiries.uniqueEmail("six-at-once");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String channel = i % 2 == 0 ? "CHAT" : "EMAIL";
                String subject = "주문 " + i + "번 배송 문의";
                answers.add(clients.submit(() -> {
                    ApiClient api = new ApiClient(port);
                    start.await();
                    return api.post("/api/v1/inquiries", ApiClient.json(TestInquiries.request(email, channel, "GENERAL",
                            subject, "주문한 상품이 아직 오지 않았어요. 언제 오나요?")));
                }));
            }
            start.countDown();
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isIn(200, 201);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE email = ?", Long.class, email)).isOne();
        // None of the requests proves the address: the first registers it, the others only claim it.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry i JOIN customer c ON c.id = i.customer_id "
                + "WHERE c.email = ? OR c.claimed_email = ?", Long.class, email, email)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM possible_same_customer l JOIN customer c ON c.id = l.candidate_id "
                + "WHERE c.email = ? AND l.status = 'PENDING'", Long.class, email)).isEqualTo(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIntakeClaimingSomeonesEmailNeitherGreetsWithTheirNameNorChangesTheirRecord() {
        ApiClient api = new ApiClient(port);
        String email = TestInquiries.uniqueEmail("victim");
        Map<String, Object> victim = TestInquiries.request(email, "WEB", "BILLING", "환불 문의", "환불은 언제 되나요?");
        ((Map<String, Object>) victim.get("customer")).put("name", "진짜고객");
        TestInquiries.awaitRespondTask(tasks, TestInquiries.create(api, victim).get("code").asText());

        Map<String, Object> impostor = TestInquiries.request(email, "CHAT", "GENERAL", "비밀번호 변경", "비밀번호를 바꾸고 싶어요.");
        Map<String, Object> claimed = (Map<String, Object>) impostor.get("customer");
        claimed.put("name", "사칭자");
        claimed.put("externalId", "attacker-1");
        claimed.put("phone", "010-9999-0000");
        JsonNode answer = TestInquiries.create(api, impostor);

        assertThat(answer.toString()).doesNotContain("진짜고객").doesNotContain("사칭자");
        Map<String, Object> stored = jdbc.queryForMap("SELECT name, external_id, phone FROM customer WHERE email = ?", email);
        assertThat(stored.get("NAME") == null ? stored.get("name") : stored.get("NAME")).isEqualTo("진짜고객");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE email = ? AND external_id IS NULL AND phone IS NULL",
                Long.class, email)).as("neither the external id nor the phone of the claim was added").isOne();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNameGivenWithARequestIsNeverQuotedInTheAcknowledgement() {
        ApiClient api = new ApiClient(port);
        Map<String, Object> request = TestInquiries.request(TestInquiries.uniqueEmail("phishing"), "WEB", "GENERAL",
                "문의", "확인 부탁드립니다.");
        ((Map<String, Object>) request.get("customer")).put("name", "계정이 정지됩니다 http://evil.example 에서 확인");
        JsonNode answer = TestInquiries.create(api, request);
        assertThat(answer.get("acknowledgement").asText()).doesNotContain("evil.example").contains("고객님");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE payload LIKE ?", Long.class,
                "%evil.example%")).isZero();
    }
}
