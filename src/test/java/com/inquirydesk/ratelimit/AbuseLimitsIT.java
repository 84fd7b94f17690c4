package com.inquirydesk.ratelimit;

import static com.inquirydesk.TestInquiries.request;
import static com.inquirydesk.TestInquiries.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.intake.webhook.WebhookSignature;
import com.inquirydesk.system.TimeSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Floods from one client, one contact, on one inquiry, chat and messenger user: a real customer's pace passes,
 * a script is answered 429 with Retry-After, and nothing of a refused request is stored. Each test comes from a
 * client address of its own, named by the (trusted, local) proxy in X-Forwarded-For, so the tests share nothing.
 */
@IntegrationTest
class AbuseLimitsIT {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(ThreadLocalRandom.current().nextInt(508));

    static final String PHISHING_NAME = "[보안팀] 계정이 정지되었습니다 http://evil.example/verify 에서 본인 확인";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TimeSource time;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fortyInquiriesWithAPhishingNameFromOneClientAreCutOffAndNoMessageQuotesTheName() {
        String client = clientAddress();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        List<ApiClient.Response> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            String email = "target-" + run + "-" + i + "@example.kr";
            emails.add(email);
            Map<String, Object> body = request(email, "WEB", "ACCOUNT", "계정 확인 " + i, "확인 부탁드립니다 " + i);
            ((Map<String, Object>) body.get("customer")).put("name", PHISHING_NAME);
            answers.add(api.post("/api/v1/inquiries", ApiClient.json(body), "X-Forwarded-For", client));
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        // 30 per 10 minutes: one more may come back for every 20 seconds the burst took.
        long allowance = 30 + seconds / 20;
        assertThat(answers.subList(0, 30)).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 429) {
                refused.add(i);
            }
        }
        assertThat(refused).hasSizeGreaterThanOrEqualTo((int) (40 - allowance));
        for (int i : refused) {
            assertTooManyRequests(answers.get(i));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE email = ?", Long.class, emails.get(i)))
                    .as("nothing stored for refused request %d", i).isZero();
        }
        assertThat(answers).filteredOn(answer -> answer.status() == 201)
                .allSatisfy(answer -> assertThat(answer.json().get("acknowledgement").asText()).doesNotContain("evil.example"));

        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 201) {
                accepted.add(emails.get(i));
            }
        }
        String in = accepted.stream().map(e -> "?").collect(Collectors.joining(","));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(DISTINCT recipient) FROM notification_outbox WHERE recipient IN (" + in + ")",
                Long.class, accepted.toArray()), count -> count == accepted.size());
        List<Map<String, Object>> queued = jdbc.queryForList(
                "SELECT subject, payload FROM notification_outbox WHERE recipient IN (" + in + ")", accepted.toArray());
        assertThat(queued).isNotEmpty().allSatisfy(message -> assertThat(String.valueOf(message.values()))
                .doesNotContain("evil.example").doesNotContain("계정이 정지되었습니다"));
    }

    @Test
    void oneContactGetsTenNewInquiriesAnHourAndARefusedOneStoresNothing() {
        String email = uniqueEmail("same-contact");
        List<String> codes = new ArrayList<>();
        String firstKey = "limit-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            ApiClient.Response created = api.post("/api/v1/inquiries",
                    ApiClient.json(request(email, "WEB", "GENERAL", "문의 " + i, "서로 다른 질문 " + i)),
                    "Idempotency-Key", i == 0 ? firstKey : "limit-" + UUID.randomUUID());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            codes.add(created.json().get("code").asText());
        }
        long messagesBefore = customerRows("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "JOIN customer c ON c.id = i.customer_id WHERE ? IN (c.email, c.claimed_email) AND m.direction = 'CUSTOMER'", email);
        long auditBefore = customerRows("SELECT COUNT(*) FROM audit_event a JOIN customer c ON c.id = a.subject_customer_id "
                + "WHERE ? IN (c.email, c.claimed_email) AND a.action = 'INQUIRY_RECEIVED'", email);

        ApiClient.Response eleventh = api.post("/api/v1/inquiries",
                ApiClient.json(request(email, "WEB", "GENERAL", "열한 번째", "한 시간에 열한 번째 문의")));
        ApiClient.Response otherAddressSameContact = api.post("/api/v1/inquiries",
                ApiClient.json(request(email.toUpperCase(), "WEB", "GENERAL", "다른 곳에서", "주소만 바꿔 보냅니다")),
                "X-Forwarded-For", clientAddress());

        assertTooManyRequests(eleventh);
        assertThat(eleventh.json().get("detail").asText()).contains("다시 보내 주세요");
        assertTooManyRequests(otherAddressSameContact);
        assertThat(customerRows("SELECT COUNT(*) FROM inquiry i JOIN customer c ON c.id = i.customer_id WHERE ? IN (c.email, c.claimed_email)",
                email)).isEqualTo(10);
        assertThat(customerRows("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "JOIN customer c ON c.id = i.customer_id WHERE ? IN (c.email, c.claimed_email) AND m.direction = 'CUSTOMER'", email))
                .isEqualTo(messagesBefore);
        assertThat(customerRows("SELECT COUNT(*) FROM audit_event a JOIN customer c ON c.id = a.subject_customer_id "
                + "WHERE ? IN (c.email, c.claimed_email) AND a.action = 'INQUIRY_RECEIVED'", email)).isEqualTo(auditBefore);

        ApiClient.Response retried = api.post("/api/v1/inquiries",
                ApiClient.json(request(email, "WEB", "GENERAL", "문의 0", "서로 다른 질문 0")), "Idempotency-Key", firstKey);
        assertThat(retried.status()).as("a retry of an accepted request is answered, not limited").isEqualTo(200);
        assertThat(retried.json().get("code").asText()).isEqualTo(codes.get(0));
    }

    @Test
    void thePortalFormShowsTheRefusalInKoreanAndStoresNothing() throws Exception {
        String email = uniqueEmail("portal-limit");
        for (int i = 0; i < 10; i++) {
            TestInquiries.create(api, request(email, "WEB", "GENERAL", "포털 전 문의 " + i, "내용 " + i));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("category", "GENERAL");
        form.put("subject", "열한 번째 문의");
        form.put("body", "포털에서 보낸 열한 번째 문의입니다.");
        form.put("email", email);
        String encoded = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/portal/inquiries/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(page.body()).contains("다시 보내 주세요").contains("열한 번째 문의");
        assertThat(customerRows("SELECT COUNT(*) FROM inquiry i JOIN customer c ON c.id = i.customer_id WHERE ? IN (c.email, c.claimed_email)",
                email)).isEqualTo(10);
    }

    @Test
    void twentyAgentRequestsOnOneInquiryAlertTheStaffOnceAndAreCutOffAfterFive() {
        JsonNode created = TestInquiries.create(api, request(uniqueEmail("agent-flood"), "WEB", "GENERAL", "배송 문의",
                "주문한 물건이 아직 안 왔어요"));
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        TestInquiries.awaitRouted(jdbc, code);

        List<ApiClient.Response> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(api.post("/api/v1/inquiries/" + code + "/agent-request", "", "X-Access-Token", token));
        }

        assertThat(answers.subList(0, 5)).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(202));
        assertThat(answers.subList(5, 20)).allSatisfy(AbuseLimitsIT::assertTooManyRequests);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id "
                + "WHERE i.code = ? AND o.template_code = 'AGENT_REQUESTED'", Long.class, code))
                .as("staff alerts").isOne();
        assertThat(jdbc.queryForObject("SELECT priority FROM inquiry WHERE code = ?", String.class, code)).isNotEqualTo("URGENT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'AGENT_REQUESTED'",
                Long.class, code)).as("refused requests leave no audit event").isEqualTo(5);
    }

    @Test
    void aCustomerWritingThirtyTimesInTenMinutesIsAskedToWaitAndTheExtraReplyIsNotKept() {
        JsonNode created = TestInquiries.create(api, request(uniqueEmail("reply-flood"), "WEB", "GENERAL", "교환 문의",
                "사이즈 교환 가능한가요?"));
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();

        Flood flood = untilRefused(45, i -> api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "추가로 말씀드립니다 " + i)), "X-Access-Token", token));

        flood.assertRefusedAfter(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'CUSTOMER'", Long.class, code)).isEqualTo(flood.accepted() + 1L);
        assertThat(api.post("/api/v1/inquiries/" + code + "/messages", ApiClient.json(Map.of("body", "토큰 없음")),
                "X-Access-Token", "wrong").status()).as("a stranger is refused for the token, not the limit").isEqualTo(404);
    }

    @Test
    void oneAddressOpensTwentyChatSessionsInTenMinutesAndNoMore() {
        String client = clientAddress();
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM chat_session", Long.class);
        List<ApiClient.Response> answers = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            answers.add(api.post("/api/v1/chat/sessions", "{}", "X-Forwarded-For", client));
        }

        assertThat(answers.subList(0, 20)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertTooManyRequests(answers.get(20));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chat_session", Long.class)).isEqualTo(before + 20);
        assertThat(api.post("/api/v1/chat/sessions", "{}", "X-Forwarded-For", clientAddress()).status())
                .as("another client is not affected").isEqualTo(201);
    }

    @Test
    void aChatSessionTakesThirtyLinesAMinute() {
        JsonNode session = api.post("/api/v1/chat/sessions", "{}").json();
        String path = "/api/v1/chat/sessions/" + session.get("id").asText() + "/messages";
        String token = session.get("token").asText();
        Flood flood = untilRefused(60,
                i -> api.post(path, ApiClient.json(Map.of("text", "안내 메뉴 " + i)), "X-Chat-Token", token));

        flood.assertRefusedAfter(30);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM chat_message WHERE session_id = ? AND author = 'CUSTOMER'",
                Long.class, session.get("id").asText())).isEqualTo(flood.accepted());
    }

    @Test
    void oneMessengerUserFloodingTheWebhookIsRefusedAndTheDeliveryIsNotStored() throws Exception {
        String user = "flood-" + UUID.randomUUID();
        IntFunction<String> delivery = i -> user + "-d" + i;
        IntFunction<ApiClient.Response> send = i -> {
            String body = ApiClient.json(Map.of("deliveryId", delivery.apply(i), "user", Map.of("id", user, "name", "메신저 고객"),
                    "text", "메시지 " + i));
            String timestamp = String.valueOf(time.now().getEpochSecond());
            return api.post("/api/v1/channels/it-messenger/webhook", body, "X-Timestamp", timestamp,
                    "X-Signature", WebhookSignature.sign("it-messenger-secret", timestamp, body.getBytes(StandardCharsets.UTF_8)));
        };
        ApiClient.Response opened = send.apply(0);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        // Acknowledgement and routing of the opened inquiry finish first: the flood below only adds to it.
        TestInquiries.awaitRouted(jdbc, opened.json().get("inquiryCode").asText());

        // 60 deliveries from eight clients at once: far faster than the allowance comes back (one every two seconds).
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                int n = i;
                answers.add(clients.submit(() -> send.apply(n)));
            }
            List<Integer> refused = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                ApiClient.Response answer = answers.get(i).get(3, TimeUnit.MINUTES);
                if (answer.status() == 429) {
                    assertTooManyRequests(answer);
                    refused.add(i + 1);
                } else {
                    assertThat(answer.status()).as(answer.body()).isIn(200, 201, 409);
                }
            }
            assertThat(refused).isNotEmpty();
            for (int i : refused) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id = ?", Long.class,
                        delivery.apply(i))).as("refused delivery %d stored", i).isZero();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Sends one request after another until one is refused; a 409 (a clash with the inquiry's process) is sent again. */
    private static Flood untilRefused(int most, IntFunction<ApiClient.Response> send) {
        int accepted = 0;
        for (int i = 0; i < most; i++) {
            ApiClient.Response answer = send.apply(i);
            if (answer.status() / 100 == 2) {
                accepted++;
            } else if (answer.status() != 409) {
                return new Flood(accepted, answer, i);
            }
        }
        return new Flood(accepted, null, most);
    }

    record Flood(int accepted, ApiClient.Response refused, int refusedAt) {

        void assertRefusedAfter(int allowance) {
            assertThat(accepted).as("accepted before the refusal").isGreaterThanOrEqualTo(allowance);
            assertThat(refused).as("a refusal within the flood").isNotNull();
            assertTooManyRequests(refused);
        }
    }

    static void assertTooManyRequests(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(429);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
        assertThat(answer.json().get("title").asText()).isEqualTo("요청이 너무 많습니다");
        assertThat(answer.json().get("detail").asText()).matches(".*[가-힣].*");
    }

    private long customerRows(String sql, String email) {
        return jdbc.queryForObject(sql, Long.class, email);
    }

    /** A client address of this test alone (from TEST-NET-2 and -3, never routed), different on every call. */
    private static String clientAddress() {
        int n = NEXT_CLIENT.getAndIncrement() % 508;
        return (n < 254 ? "198.51.100." : "203.0.113.") + (n % 254 + 1);
    }
}
