package com.inquirydesk.intake;

import static com.inquirydesk.TestInquiries.awaitRespondTask;
import static com.inquirydesk.TestInquiries.request;
import static com.inquirydesk.TestInquiries.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many clients at once, with real threads, through the public API: every request gets a defined answer, never a 5xx. */
@IntegrationTest
class ConcurrentIntakeIT {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConcurrentIntakeIT.class);

    private static final String[] CATEGORIES = {"GENERAL", "BILLING", "RETURN", "CONTRACT", "TECHNICAL", "ACCOUNT"};

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    ApiClient api;

    @AfterEach
    void letTheJobExecutorCatchUp() {
        // The bursts leave acknowledgement and routing jobs behind; later tests share this engine.
        long start = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> management.createJobQuery().executable().count() == 0);
        log.info("job executor caught up in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void sixHundredInquiriesOfDifferentCustomersFromEightClientsAreAllCreated() throws Exception {
        api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        List<ApiClient.Response> responses = concurrently(8, 600, i -> () -> api.post("/api/v1/inquiries",
                ApiClient.json(request(uniqueEmail("burst-" + run + "-" + i), i % 2 == 0 ? "WEB" : "CHAT",
                        CATEGORIES[i % CATEGORIES.length], "동시 접수 " + i, "여러 고객이 동시에 보낸 문의 " + i)),
                "Idempotency-Key", "burst-" + run + "-" + i));
        log.info("600 inquiries from 8 clients answered in {} ms: {}", (System.nanoTime() - start) / 1_000_000,
                statusCounts(responses));

        assertThat(statusCounts(responses)).as("status -> count").containsExactly(Map.entry(201, 600L));
        Set<String> codes = responses.stream().map(r -> r.json().get("code").asText()).collect(Collectors.toSet());
        assertThat(codes).hasSize(600).allMatch(code -> code.matches("INQ-\\d{8}-\\d{6}"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE idempotency_key LIKE ?", Long.class,
                "burst-" + run + "-%")).isEqualTo(600L);
    }

    @Test
    void eightRequestsWithTheSameIdempotencyKeyAtOnceCreateOneInquiry() throws Exception {
        api = new ApiClient(port);
        String key = "same-" + UUID.randomUUID();
        String body = ApiClient.json(request(uniqueEmail("same-key"), "WEB", "GENERAL", "같은 키", "한 번만 접수되어야 합니다"));
        List<ApiClient.Response> responses = concurrently(8, 8,
                i -> () -> api.post("/api/v1/inquiries", body, "Idempotency-Key", key));

        Map<Integer, Long> statuses = statusCounts(responses);
        assertThat(statuses.keySet()).as(statuses.toString()).allMatch(status -> status < 500);
        assertThat(statuses.get(201)).as(statuses.toString()).isEqualTo(1L);
        List<JsonNode> answered = responses.stream().filter(r -> r.status() == 200 || r.status() == 201)
                .map(ApiClient.Response::json).toList();
        assertThat(answered.stream().map(json -> json.get("code").asText()).distinct()).hasSize(1);
        assertThat(answered.stream().map(json -> json.get("accessToken").asText()).distinct()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE idempotency_key = ?", Long.class, key))
                .isEqualTo(1L);
    }

    @Test
    void twentyInquiriesRoutedToTheSameAgentAtOnceAreAllCreatedAndAssignedWithoutFailedJobs() throws Exception {
        api = new ApiClient(port);
        // Billing is kim's group alone, so every assignment below reads and competes for the same agent.
        List<ApiClient.Response> responses = concurrently(20, 20, i -> () -> api.post("/api/v1/inquiries",
                ApiClient.json(request(uniqueEmail("kim-" + i), "WEB", "BILLING", "결제 문의 " + i, "카드 결제 확인 부탁드립니다 " + i))));

        assertThat(statusCounts(responses)).containsExactly(Map.entry(201, 20L));
        List<String> codes = responses.stream().map(r -> r.json().get("code").asText()).toList();
        for (String code : codes) {
            Task task = awaitRespondTask(tasks, code);
            assertThat(task.getTaskDefinitionKey()).isEqualTo(InquiryLifecycle.TASK_RESPOND);
        }
        List<String> instances = codes.stream().map(code -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                .singleResult().getProcessInstanceId()).toList();
        assertThat(management.createJobQuery().withException().list())
                .as("jobs that failed (optimistic locking, deadlock) on these inquiries")
                .noneMatch(job -> instances.contains(job.getProcessInstanceId()));
        assertThat(runtime.createIncidentQuery().list())
                .noneMatch(incident -> instances.contains(incident.getProcessInstanceId()));
    }

    @Test
    void twoRepliesOfTheCustomerAtOnceAreBothKept() throws Exception {
        api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, request(uniqueEmail("two-replies"), "WEB", "ACCOUNT", "로그인 문의",
                "로그인이 안 돼요"));
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();
        Task task = awaitRespondTask(tasks, code);
        String agent = task.getAssignee() != null ? task.getAssignee() : "kim";
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), agent);
        }
        TestInquiries.asUser(identity, agent, () -> tasks.complete(task.getId(),
                Map.of("reply", "비밀번호 재설정 후 다시 시도해 보시겠어요?", "outcome", "replied")));

        List<ApiClient.Response> replies = concurrently(2, 2, i -> () -> api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "동시에 보낸 답장 " + i)), "X-Access-Token", token));

        assertThat(replies).allMatch(reply -> reply.status() == 202, "both accepted");
        JsonNode view = api.get("/api/v1/inquiries/" + code, "X-Access-Token", token).json();
        assertThat(view.get("messages").findValuesAsText("body")).contains("동시에 보낸 답장 0", "동시에 보낸 답장 1");
    }

    /** Runs {@code count} requests on {@code clients} threads, all released at the same moment. */
    private static List<ApiClient.Response> concurrently(int clients, int count,
                                                         IntFunction<Callable<ApiClient.Response>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<ApiClient.Response> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> statusCounts(List<ApiClient.Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(ApiClient.Response::status, TreeMap::new,
                Collectors.counting()));
    }
}
