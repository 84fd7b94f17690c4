package com.inquirydesk.intake.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.intake.channel.AgentAnswers;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.notification.OutboxProperties;
import com.inquirydesk.notification.OutboxRelay;
import com.inquirydesk.notification.OutboxRepository;
import com.inquirydesk.system.TimeSource;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Messenger deliveries: signed ones are taken in once, anything else is refused and stores nothing. */
@IntegrationTest
class WebhookIT {

    static final String CHANNEL = "it-messenger";
    static final String SECRET = "it-messenger-secret";
    static final String PATH = "/api/v1/channels/" + CHANNEL + "/webhook";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    InquiryService inquiries;

    @Autowired
    ObjectMapper json;

    @Autowired
    TimeSource time;

    @Autowired
    PlatformTransactionManager transactions;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    @Test
    void aSignedDeliveryOpensAnInquiryAReplayIsStoredOnceAndTheNextMessageJoinsIt() {
        String user = "u-" + UUID.randomUUID();
        String deliveryId = "d-" + UUID.randomUUID();
        String body = body(deliveryId, user, "앱에서 결제 버튼을 눌러도 반응이 없어요");

        ApiClient.Response opened = signedPost(body, now());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String code = opened.json().get("inquiryCode").asText();
        assertThat(opened.json().get("result").asText()).isEqualTo("OPENED");
        assertThat(jdbc.queryForMap("SELECT i.channel, c.external_id, c.name FROM inquiry i JOIN customer c "
                + "ON c.id = i.customer_id WHERE i.code = ?", code))
                .containsEntry("CHANNEL", "SNS").containsEntry("EXTERNAL_ID", CHANNEL + ":" + user)
                .containsEntry("NAME", "메신저 고객");

        ApiClient.Response replayed = signedPost(body, now());
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("inquiryCode").asText()).isEqualTo(code);
        assertThat(replayed.json().get("result").asText()).isEqualTo("DUPLICATE");
        assertThat(customerMessages(code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id = ?", Integer.class,
                deliveryId)).isEqualTo(1);

        ApiClient.Response next = signedPost(body("d-" + UUID.randomUUID(), user, "주문 번호는 A-1234입니다"), now());
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("inquiryCode").asText()).isEqualTo(code);
        assertThat(next.json().get("result").asText()).isEqualTo("ADDED");
        assertThat(customerMessages(code)).isEqualTo(2);
    }

    @Test
    void wrongMissingOrStaleSignaturesAreRefusedAndStoreNothing() {
        String user = "u-" + UUID.randomUUID();
        String deliveryId = "d-" + UUID.randomUUID();
        String body = body(deliveryId, user, "안녕하세요");
        String timestamp = now();

        ApiClient.Response wrong = api.post(PATH, body, "X-Timestamp", timestamp,
                "X-Signature", WebhookSignature.sign("not-the-secret", timestamp, bytes(body)));
        ApiClient.Response missing = api.post(PATH, body);
        ApiClient.Response onlyTimestamp = api.post(PATH, body, "X-Timestamp", timestamp);
        String stale = String.valueOf(time.now().getEpochSecond() - 301);
        ApiClient.Response old = api.post(PATH, body, "X-Timestamp", stale,
                "X-Signature", WebhookSignature.sign(SECRET, stale, bytes(body)));
        ApiClient.Response tampered = api.post(PATH, body.replace("안녕하세요", "환불해 주세요"), "X-Timestamp", timestamp,
                "X-Signature", WebhookSignature.sign(SECRET, timestamp, bytes(body)));

        for (ApiClient.Response refused : List.of(wrong, missing, onlyTimestamp, old, tampered)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(old.json().get("detail").asText()).contains("5분");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id = ?", Integer.class,
                deliveryId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE external_id = ?", Integer.class,
                CHANNEL + ":" + user)).isZero();
    }

    @Test
    void brokenBodiesAndUnknownChannelsGetAClearProblem() {
        ApiClient.Response broken = signedPost("{\"deliveryId\": \"x\", \"user\": ", now());
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("title").asText()).isEqualTo("요청 본문을 읽을 수 없습니다");

        ApiClient.Response noText = signedPost("{\"deliveryId\":\"d-" + UUID.randomUUID() + "\",\"user\":{\"id\":\"u\"}}", now());
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get("errors").findValuesAsText("field")).contains("text");

        ApiClient.Response unknown = api.post("/api/v1/channels/nowhere/webhook", "{}", "X-Timestamp", now(),
                "X-Signature", "sha256=00");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theAgentsAnswerIsDeliveredSignedToTheChannelsCallback() throws Exception {
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/callback", exchange -> {
            received.add(Map.of("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("X-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        stub.start();
        try {
            String user = "u-" + UUID.randomUUID();
            String code = signedPost(body("d-" + UUID.randomUUID(), user, "배송지를 바꾸고 싶어요"), now())
                    .json().get("inquiryCode").asText();
            Task respond = TestInquiries.awaitRespondTask(tasks, code);
            String reply = "배송지 변경을 도와드릴게요. 새 주소를 알려 주세요.";
            AgentAnswers.reply(tasks, identity, respond, reply);
            long inquiryId = inquiries.getByCode(code).getId();
            OutboxMessage queued = outbox.findByInquiryIdOrderByIdAsc(inquiryId).stream()
                    .filter(row -> NotificationService.AGENT_REPLY.equals(row.getTemplateCode())).findFirst().orElseThrow();
            assertThat(queued.getRecipient()).isEqualTo(CHANNEL + ":" + user);

            String callback = "http://127.0.0.1:" + stub.getAddress().getPort() + "/callback";
            MessengerChannels configured = new MessengerChannels(Map.of(CHANNEL,
                    new MessengerChannels.Messenger(SECRET, callback, Duration.ofMinutes(5))));
            OutboxRelay relay = new OutboxRelay(outbox, List.of(new MessengerTransport(configured, inquiries, json, time)),
                    transactions, time, new OutboxProperties(false, Duration.ofSeconds(5), 3, Duration.ofSeconds(30),
                            Duration.ofMinutes(2), 50, null));
            assertThat(relay.relay(List.of(queued.getId()))).isEqualTo(1);
            assertThat(relay.relay(List.of(queued.getId()))).isZero();

            assertThat(received).hasSize(1);
            Map<String, String> call = received.get(0);
            JsonNode sent = json.readTree(call.get("body"));
            assertThat(sent.get("text").asText()).isEqualTo(reply);
            assertThat(sent.get("user").get("id").asText()).isEqualTo(user);
            assertThat(sent.get("inquiryCode").asText()).isEqualTo(code);
            assertThat(sent.get("deliveryId").asText()).isEqualTo("outbox-" + queued.getId());
            assertThat(call.get("signature")).isEqualTo(WebhookSignature.sign(SECRET, call.get("timestamp"),
                    bytes(call.get("body"))));
            assertThat(outbox.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMessage.SENT);
        } finally {
            stub.stop(0);
        }
    }

    private int customerMessages(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'CUSTOMER'", Integer.class, code);
    }

    private ApiClient.Response signedPost(String body, String timestamp) {
        return api.post(PATH, body, "X-Timestamp", timestamp, "X-Signature", WebhookSignature.sign(SECRET, timestamp, bytes(body)));
    }

    private String now() {
        return String.valueOf(time.now().getEpochSecond());
    }

    private static String body(String deliveryId, String user, String text) {
        return ApiClient.json(Map.of("deliveryId", deliveryId, "user", Map.of("id", user, "name", "메신저 고객"), "text", text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
