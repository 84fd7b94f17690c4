package com.inquirydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine's REST API as Tasklist and other tools see it: login required, each agent sees their groups only. */
@IntegrationTest
class EngineRestSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Test
    void engineRestRefusesAnonymousCallers() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/engine-rest/task").status()).isEqualTo(401);
        // A wrong password delays that account for a few seconds, so guess for a user no other test logs in as.
        assertThat(api.get("/engine-rest/task", "Authorization", ApiClient.basicAuth("no-such-user", "wrong")).status())
                .isEqualTo(401);
    }

    @Test
    void agentsSeeOnlyTheirGroupsTasks() {
        ApiClient api = new ApiClient(port);
        String code = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("rest"), "WEB", "RETURN",
                "반품 신청 방법", "반품은 어디서 신청하나요?")).get("code").asText();
        Task task = TestInquiries.awaitRespondTask(tasks, code);

        JsonNode forReturnsAgent = api.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + code,
                "Authorization", ApiClient.basicAuth("lee", "demo")).json();
        JsonNode forBillingAgent = api.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + code,
                "Authorization", ApiClient.basicAuth("kim", "demo")).json();
        JsonNode forSupervisor = api.get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + code,
                "Authorization", ApiClient.basicAuth("choi", "demo")).json();

        assertThat(forReturnsAgent.findValuesAsText("id")).containsExactly(task.getId());
        assertThat(forBillingAgent).isEmpty();
        assertThat(forSupervisor.findValuesAsText("id")).containsExactly(task.getId());
        assertThat(api.post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"outcome\":{\"value\":\"escalate\"}}}", "Authorization", ApiClient.basicAuth("kim", "demo")).status())
                .as("an agent of another group cannot complete it").isEqualTo(403);
    }

    @Test
    void stateChangingEngineCallsFromAnotherOriginAreRefused() {
        ApiClient api = new ApiClient(port);
        String code = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("origin"), "WEB", "BILLING",
                "영수증 재발급", "영수증을 다시 받을 수 있나요?")).get("code").asText();
        Task task = TestInquiries.awaitRespondTask(tasks, code);
        String kim = ApiClient.basicAuth("kim", "demo");

        ApiClient.Response foreign = api.post("/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"kim\"}",
                "Authorization", kim, "Origin", "https://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/engine-rest/task/" + task.getId(), "Authorization", kim, "Origin", "https://evil.example")
                .status()).as("reading is not a state change").isEqualTo(200);
        assertThat(api.post("/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"kim\"}",
                "Authorization", kim, "Origin", "http://localhost:" + port).status()).isEqualTo(204);
    }
}
