package com.inquirydesk.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Availability on the running service, with lee (returns and contracts): away, nothing is assigned to him; back,
 * he is given the most urgent queued inquiry of his groups, and finishing an answer brings him the next one.
 * His status and capacity are put back afterwards.
 */
@IntegrationTest
class AvailabilityIT {

    private static final List<String> LEES_GROUPS = List.of("agents-returns", "agents-contracts");

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired AgentProfileRepository agents;
    @Autowired AssignmentService assignments;

    ApiClient api;
    int leesCapacity;
    List<String> leesSkills;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        leesCapacity = agents.findById("lee").orElseThrow().getCapacity();
        leesSkills = agents.findById("lee").orElseThrow().skillList();
    }

    @AfterEach
    void leeIsBackAsBefore() {
        AgentProfile lee = agents.findById("lee").orElseThrow();
        lee.setStatus(AgentStatus.AVAILABLE);
        lee.setCapacity(leesCapacity);
        lee.setSkills(leesSkills);
        agents.save(lee);
    }

    @Test
    void anAwayAgentGetsNothingAndOnReturnReceivesTheMostUrgentQueuedInquiryThenTheNextWhenDone() {
        JsonNode away = put("lee", "/api/v1/staff/me/availability", "{\"status\":\"AWAY\"}");
        assertThat(away.get("status").asText()).isEqualTo("AWAY");

        String calm = create("계약서 사본 요청", "계약서 사본을 메일로 받을 수 있을까요?");
        String upset = create("해지 위약금", "위약금이 왜 이렇게 많나요 짜증나요 ㅡㅡ");
        Task calmTask = TestInquiries.awaitRespondTask(tasks, calm);
        Task upsetTask = TestInquiries.awaitRespondTask(tasks, upset);
        assertThat(calmTask.getAssignee()).as("nothing for an away agent").isNull();
        assertThat(upsetTask.getAssignee()).isNull();
        assertThat(assigneeOf(calm)).isNull();
        assertThat(priorityOf(upset)).isEqualTo("HIGH");
        assertThat(priorityOf(calm)).isEqualTo("NORMAL");

        // Room for exactly one more inquiry than lee carries now.
        long load = leesLoad();
        put("choi", "/api/v1/staff/agents/lee/capacity", "{\"capacity\":" + (load + 1) + "}");
        assertThat(tasks.createTaskQuery().taskId(upsetTask.getId()).singleResult().getAssignee())
                .as("capacity alone does not bring an away agent work").isNull();
        List<String> queue = queueOfLeesGroups();
        assertThat(queue.indexOf(upsetTask.getId())).as("more urgent though newer").isLessThan(queue.indexOf(calmTask.getId()));

        JsonNode back = put("lee", "/api/v1/staff/me/availability", "{\"status\":\"AVAILABLE\"}");

        String head = queue.get(0);
        assertThat(back.get("assigned").size()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(head).singleResult().getAssignee()).isEqualTo("lee");
        assertThat(tasks.createTaskQuery().taskId(calmTask.getId()).singleResult().getAssignee())
                .as("capacity full after one").isNull();
        if (head.equals(upsetTask.getId())) {
            assertThat(back.get("assigned").get(0).asText()).isEqualTo(upset);
            assertThat(assigneeOf(upset)).isEqualTo("lee");
        }

        // lee answers; his room is free again and the next queued inquiry comes to him.
        String next = queueOfLeesGroups().get(0);
        TestInquiries.asUser(identity, "lee", () -> tasks.complete(head, Map.of(
                "outcome", InquiryLifecycle.OUTCOME_REPLIED, "reply", "확인 후 안내드리겠습니다.")));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(
                () -> tasks.createTaskQuery().taskId(next).singleResult().getAssignee(), "lee"::equals);
    }

    @Test
    void aCustomersReplyDoesNotGoBackToAnAgentWhoIsAwayButToTheQueue() {
        AgentProfile room = agents.findById("lee").orElseThrow();
        room.setCapacity((int) (assignments.loadOf(List.of("lee")).getOrDefault("lee", 0L) + 1));
        agents.save(room);
        JsonNode created = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("away-reply"), "WEB",
                "CONTRACT", "계약 명의 변경", "명의를 가족에게 넘길 수 있나요?"));
        String code = created.get("code").asText();
        Task first = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(first.getAssignee()).isEqualTo("lee");
        TestInquiries.asUser(identity, "lee", () -> tasks.complete(first.getId(), Map.of(
                "outcome", InquiryLifecycle.OUTCOME_REPLIED, "reply", "가족관계증명서를 보내 주세요.")));
        put("lee", "/api/v1/staff/me/availability", "{\"status\":\"AWAY\"}");

        assertThat(api.post("/api/v1/inquiries/" + code + "/messages", ApiClient.json(Map.of("body", "서류 보냈습니다.")),
                "X-Access-Token", created.get("accessToken").asText()).status()).isEqualTo(202);

        Task again = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                        .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).singleResult(),
                task -> task != null && !task.getId().equals(first.getId()));
        assertThat(again.getAssignee()).as("lee is away; nobody else in agents-contracts").isNull();
        assertThat(assigneeOf(code)).isNull();
    }

    @Test
    void supervisorsSeeAgentsAndSetCapacityAndAgentsOnlyTheirOwnStatus() {
        JsonNode all = get("choi", "/api/v1/staff/agents");
        JsonNode lee = null;
        for (JsonNode agent : all) {
            if (agent.get("userId").asText().equals("lee")) {
                lee = agent;
            }
        }
        assertThat(lee).isNotNull();
        assertThat(lee.get("groups").toString()).contains("agents-contracts");
        assertThat(lee.has("openLoad")).isTrue();

        assertThat(api.get("/api/v1/staff/agents", login("kim")).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/staff/agents/lee/capacity", "{\"capacity\":3}", login("kim")).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/staff/me/availability", "{\"status\":\"AWAY\"}", login("han")).status()).isEqualTo(403);
        assertThat(field(api.put("/api/v1/staff/me/availability", "{\"status\":\"SLEEPING\"}", login("lee")))).isEqualTo("status");
        assertThat(field(api.put("/api/v1/staff/me/availability", "{}", login("lee")))).isEqualTo("status");
        assertThat(field(api.put("/api/v1/staff/agents/lee/capacity", "{\"capacity\":-1}", login("choi")))).isEqualTo("capacity");
        assertThat(field(api.put("/api/v1/staff/agents/lee/capacity", "{\"capacity\":51}", login("choi")))).isEqualTo("capacity");
        assertThat(field(api.put("/api/v1/staff/agents/lee/skills", "{\"skills\":[\"Bad Skill\"]}", login("choi"))))
                .isEqualTo("skills");
        assertThat(api.put("/api/v1/staff/agents/nobody/capacity", "{\"capacity\":3}", login("choi")).status()).isEqualTo(404);

        JsonNode skilled = put("choi", "/api/v1/staff/agents/lee/skills", "{\"skills\":[\"contract-law\"]}");
        assertThat(skilled.get("skills").get(0).asText()).isEqualTo("contract-law");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'choi' AND action = 'AGENT_SKILLS_CHANGED'"
                + " AND entity_id = 'lee'", Long.class)).isGreaterThanOrEqualTo(1);
        JsonNode away = put("lee", "/api/v1/staff/me/availability", "{\"status\":\"OFFLINE\"}");
        assertThat(away.get("status").asText()).isEqualTo("OFFLINE");
        assertThat(get("lee", "/api/v1/staff/me/availability").get("status").asText()).isEqualTo("OFFLINE");
    }

    @Test
    void theDeskControlChangesTheAgentsOwnStatus() {
        ApiClient.Response page = api.get("/desk/inquiries", login("lee"));
        assertThat(page.body()).contains("action=\"/desk/me/availability\"", "상담 가능", "자리 비움", "오프라인");
        ApiClient.Response agentsPage = api.get("/desk/agents", login("choi"));
        assertThat(agentsPage.status()).isEqualTo(200);
        assertThat(agentsPage.body()).contains("상담원 현황", "lee", "/desk/agents/lee/capacity");
        assertThat(api.get("/desk/agents", login("lee")).status()).isEqualTo(403);
    }

    private List<String> queueOfLeesGroups() {
        return tasks.createTaskQuery().processDefinitionKey(InquiryLifecycle.PROCESS_KEY)
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).taskUnassigned().taskCandidateGroupIn(LEES_GROUPS)
                .orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .list().stream().map(Task::getId).toList();
    }

    private long leesLoad() {
        for (JsonNode agent : get("choi", "/api/v1/staff/agents")) {
            if (agent.get("userId").asText().equals("lee")) {
                return agent.get("openLoad").asLong();
            }
        }
        throw new AssertionError("lee is not listed");
    }

    private String create(String subject, String body) {
        return TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("availability"), "WEB", "CONTRACT",
                subject, body)).get("code").asText();
    }

    private String assigneeOf(String code) {
        return jdbc.queryForObject("SELECT assignee FROM inquiry WHERE code = ?", String.class, code);
    }

    private String priorityOf(String code) {
        return jdbc.queryForObject("SELECT priority FROM inquiry WHERE code = ?", String.class, code);
    }

    private JsonNode get(String user, String path) {
        ApiClient.Response response = api.get(path, login(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode put(String user, String path, String body) {
        ApiClient.Response response = api.put(path, body, login(user));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String field(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asText();
    }

    private static String[] login(String user) {
        return new String[] {"Authorization", ApiClient.basicAuth(user, "demo")};
    }
}
