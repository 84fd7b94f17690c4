package com.inquirydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An inquiry's whole life as auditors see it: one ordered list from the engine's history and the service's records. */
@IntegrationTest
class InquiryTimelineIT {

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyStepFromIntakeToResolutionAppearsWithActorAndTimeInOrder() {
        ApiClient api = new ApiClient(port);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("timeline"), "WEB",
                "TECHNICAL", "앱이 자꾸 꺼져요", "결제 화면에서 앱이 꺼집니다."));
        String code = created.get("code").asText();
        String token = created.get("accessToken").asText();

        Task first = claimed(TestInquiries.awaitRespondTask(tasks, code), "park");
        completeAs(first.getAssignee(), first, Map.of("reply", "앱을 최신 버전으로 업데이트해 보시겠어요?", "outcome", "replied"));
        assertThat(api.post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "업데이트해도 똑같아요")), "X-Access-Token", token).status()).isEqualTo(202);
        Task second = TestInquiries.awaitRespondTask(tasks, code);
        completeAs(second.getAssignee(), second, Map.of("outcome", "escalate"));
        Task tier2 = claimed(TestInquiries.awaitRespondTask(tasks, code), "park");
        completeAs("park", tier2, Map.of("reply", "수정 버전을 배포했습니다. 다시 확인 부탁드립니다.", "outcome", "resolved"));

        ApiClient.Response response = api.get("/api/v1/audit/inquiries/" + code + "/timeline",
                "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode timeline = response.json();
        assertThat(timeline.get("code").asText()).isEqualTo(code);
        List<JsonNode> entries = new ArrayList<>();
        timeline.get("entries").forEach(entries::add);

        Instant previous = Instant.MIN;
        for (JsonNode entry : entries) {
            Instant at = Instant.parse(entry.get("at").asText());
            assertThat(at).as("ordered: %s", entry).isAfterOrEqualTo(previous);
            previous = at;
            assertThat(entry.get("actor").asText()).as("actor of %s", entry).isNotBlank();
            assertThat(entry.get("origin").asText()).as("origin of %s", entry).isNotBlank();
        }

        index(entries, 0, e -> kind(e, "INQUIRY_RECEIVED") && actor(e, "customer"));
        int started = index(entries, 0, e -> kind(e, "PROCESS_STARTED") && summary(e, "inquiryLifecycle"));
        int triage = index(entries, started, e -> kind(e, "DECISION") && summary(e, "inquiryTriage") && summary(e, "일치한 규칙"));
        int assigned = index(entries, triage, e -> kind(e, "TASK_ASSIGNED") && summary(e, "Task_RespondToInquiry"));
        int replied = index(entries, assigned, e -> kind(e, "TASK_COMPLETED") && actor(e, first.getAssignee()));
        int replyVariable = index(entries, assigned, e -> kind(e, "VARIABLE") && summary(e, "outcome = replied"));
        int customerReply = index(entries, Math.max(replied, replyVariable), e -> kind(e, "MESSAGE_CUSTOMER") && actor(e, "customer"));
        int escalated = index(entries, customerReply, e -> kind(e, "VARIABLE") && summary(e, "outcome = escalate")
                && actor(e, second.getAssignee()));
        int tier2Queue = index(entries, escalated, e -> kind(e, "CANDIDATE_ADDED") && summary(e, "그룹 tier2"));
        // MariaDB keeps the engine's history times to the second: steps of one transaction share a time there,
        // so the last steps are looked for after the hand-over to tier 2 rather than after each other.
        index(entries, tier2Queue, e -> kind(e, "VARIABLE") && summary(e, "outcome = resolved") && actor(e, "park"));
        index(entries, tier2Queue, e -> kind(e, "TASK_COMPLETED") && actor(e, "park"));
        index(entries, tier2Queue, e -> kind(e, "MESSAGE_AGENT") && actor(e, "park"));
        index(entries, tier2Queue, e -> kind(e, "ACTIVITY") && summary(e, "Task_MarkResolved"));
        index(entries, tier2Queue, e -> kind(e, "PROCESS_STARTED") && summary(e, "satisfactionSurvey"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_record WHERE account = 'han' AND action = 'READ' "
                + "AND target = ?", Long.class, "timeline " + code)).isEqualTo(1);
    }

    @Test
    void onlyAuditorsSeeTimelinesAndThePageCarriesNoScript() {
        ApiClient api = new ApiClient(port);
        String code = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("timeline-page"), "EMAIL",
                "GENERAL", "주소 변경", "배송지 주소를 바꾸고 싶어요.")).get("code").asText();

        assertThat(api.get("/api/v1/audit/inquiries/" + code + "/timeline").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/audit/inquiries/" + code + "/timeline",
                "Authorization", ApiClient.basicAuth("kim", "demo")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/inquiries/" + code + "/timeline",
                "Authorization", ApiClient.basicAuth("choi", "demo")).status()).isEqualTo(403);

        ApiClient.Response page = api.get("/desk/audit/" + code, "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code).contains("감사 타임라인").contains("INQUIRY_RECEIVED")
                .contains("/staff/audit.css").doesNotContain("<script").doesNotContain("style=");
        assertThat(api.get("/staff/audit.css").status()).isEqualTo(200);

        ApiClient.Response unknown = api.get("/api/v1/audit/inquiries/INQ-20000101-999999/timeline",
                "Authorization", ApiClient.basicAuth("han", "demo"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private Task claimed(Task task, String agent) {
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), agent);
            return tasks.createTaskQuery().taskId(task.getId()).singleResult();
        }
        return task;
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TestInquiries.asUser(identity, user, () -> tasks.complete(task.getId(), variables));
    }

    private static int index(List<JsonNode> entries, int after, Predicate<JsonNode> step) {
        for (int i = after; i < entries.size(); i++) {
            if (step.test(entries.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such step after position " + after + " in\n" + describe(entries));
    }

    private static String describe(List<JsonNode> entries) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            text.append(i).append(' ').append(e.get("at").asText()).append(' ').append(e.get("kind").asText()).append(' ')
                    .append(e.get("actor").asText()).append(' ').append(e.get("summary").asText()).append('\n');
        }
        return text.toString();
    }

    private static boolean kind(JsonNode entry, String kind) {
        return entry.get("kind").asText().equals(kind);
    }

    private static boolean actor(JsonNode entry, String actor) {
        return entry.get("actor").asText().equals(actor);
    }

    private static boolean summary(JsonNode entry, String part) {
        return entry.get("summary").asText().contains(part);
    }
}
