package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inquiries as integration tests send them, each from a customer of its own so nothing merges by accident. */
public final class TestInquiries {

    private TestInquiries() {
    }

    public static String uniqueEmail(String purpose) {
        return purpose + "-" + UUID.randomUUID() + "@example.kr";
    }

    /**
     * A random word of lowercase letters that makes a subject or search term unique to one test. Letters only:
     * intake masks digit runs that look like phone or card numbers in a subject.
     */
    public static String uniqueWord(int length) {
        return java.util.concurrent.ThreadLocalRandom.current().ints(length, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The body of POST /api/v1/inquiries; {@code category} may be null to let the service suggest one. */
    public static Map<String, Object> request(String email, String channel, String category, String subject, String body) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("email", email);
        customer.put("name", "홍길동");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("channel", channel);
        request.put("customer", customer);
        if (category != null) {
            request.put("category", category);
        }
        request.put("subject", subject);
        request.put("body", body);
        return request;
    }

    public static JsonNode create(ApiClient api, Map<String, Object> request) {
        ApiClient.Response created = api.post("/api/v1/inquiries", ApiClient.json(request));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Runs as a logged-in staff member with their groups, as Tasklist does, so the engine's authorizations apply. */
    public static <T> T asUser(IdentityService identity, String user, Supplier<T> work) {
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public static void asUser(IdentityService identity, String user, Runnable work) {
        asUser(identity, user, () -> {
            work.run();
            return null;
        });
    }

    /** The respond task appears once the job executor has run the acknowledgement and the routing. */
    public static Task awaitRespondTask(TaskService tasks, String code) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                        .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).singleResult(),
                task -> task != null);
    }

    /**
     * Agents may open an inquiry once it is routed to one of their groups; routing runs after the
     * asynchronous acknowledgement, so a test that reads as an agent waits for it.
     */
    public static void awaitRouted(JdbcTemplate jdbc, String code) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> jdbc.queryForObject("SELECT candidate_group FROM inquiry WHERE code = ?", String.class, code),
                group -> group != null);
    }
}
