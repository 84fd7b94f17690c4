package com.inquirydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ApiClient;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A list from /engine-rest comes in pages of at most 1000 rows, also when the caller names no page size. */
@com.inquirydesk.IntegrationTest
class EngineRestPagingIT {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Test
    void aListWithoutMaxResultsGetsTheFirstThousandRowsAndTooLargeAPageIsRefused() {
        BpmnModelInstance waiting = Bpmn.createExecutableProcess("enginePagingProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent().receiveTask().message("Msg_PagingProbeNeverSent").endEvent().done();
        Deployment deployment = repository.createDeployment().name("engine paging probe")
                .addModelInstance("engine-paging-probe.bpmn", waiting).deploy();
        try {
            Map<String, Object> variables = new HashMap<>();
            for (int i = 0; i < 1005; i++) {
                variables.put("v" + i, i);
            }
            String instance = runtime.startProcessInstanceByKey("enginePagingProbe", variables).getId();
            ApiClient api = new ApiClient(port);
            String admin = ApiClient.basicAuth("admin", "admin");

            ApiClient.Response unpaged = api.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance,
                    "Authorization", admin);
            ApiClient.Response counted = api.get("/engine-rest/variable-instance/count?processInstanceIdIn=" + instance,
                    "Authorization", admin);
            ApiClient.Response secondPage = api.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance
                    + "&firstResult=1000&maxResults=1000", "Authorization", admin);
            ApiClient.Response huge = api.get("/engine-rest/task?maxResults=2147483647", "Authorization", admin);

            assertThat(unpaged.status()).as(unpaged.body()).isEqualTo(200);
            assertThat(unpaged.json().size()).isEqualTo(1000);
            assertThat(counted.json().get("count").asLong()).isEqualTo(1005);
            assertThat(secondPage.json().size()).isEqualTo(5);
            assertThat(huge.status()).isEqualTo(400);
            assertThat(huge.contentType()).startsWith("application/problem+json");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
