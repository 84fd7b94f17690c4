package com.inquirydesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Tasklist's list shows of an inquiry task, asked the way Tasklist asks: through the engine API as the agent. */
@IntegrationTest
class TaskListRowsIT {

    static final String[] KIM = {"Authorization", ApiClient.basicAuth("kim", "demo")};

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void respondTaskIsNamedByInquiryCodeAndSubjectAndCarriesCustomerChannelAndDueColumns() {
        String code = billingInquiry("카드 결제가 두 번 승인됐어요");
        Task task = TestInquiries.awaitRespondTask(tasks, code);

        assertThat(task.getName()).isEqualTo(code + " · 카드 결제가 두 번 승인됐어요");
        assertThat(task.getDescription()).startsWith("문의 답변 · 결제 · 웹 · 고객 홍*동 · 기한 ");
        Map<String, Object> local = tasks.getVariablesLocal(task.getId());
        assertThat(local).containsEntry(TaskListColumns.CUSTOMER_NAME, "홍*동")
                .containsEntry(TaskListColumns.CHANNEL_LABEL, "웹")
                .containsKey(TaskListColumns.DUE_LABEL);
    }

    @Test
    void groupQueueFilterListsTheTaskWithItsColumnsForTheAgent() {
        String code = billingInquiry("영수증 재발행 부탁드려요");
        Task task = TestInquiries.awaitRespondTask(tasks, code);

        String filterId = api.get("/engine-rest/filter?name=" + URLEncoder.encode("My groups' queue", StandardCharsets.UTF_8), KIM)
                .json().get(0).get("id").asText();
        JsonNode filter = api.get("/engine-rest/filter/" + filterId, KIM).json();
        assertThat(filter.at("/properties/variables").findValuesAsText("name"))
                .containsExactly("listInquiryCode", "customerName", "channelLabel", "listCategory", "dueLabel");

        // Tasklist's list request: the filter's query, narrowed by the search, with the columns' variables embedded.
        ApiClient.Response listed = api.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                ApiClient.json(Map.of("processVariables", List.of(Map.of("name", "inquiryCode", "operator", "eq", "value", code)))),
                KIM[0], KIM[1], "Accept", "application/hal+json");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode found = listed.json().at("/_embedded/task");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo(task.getId());
        Map<String, String> columns = new HashMap<>();
        found.get(0).at("/_embedded/variable").forEach(variable -> columns.put(variable.get("name").asText(),
                variable.get("value").asText()));
        assertThat(columns).containsEntry("listInquiryCode", code).containsEntry("customerName", "홍*동")
                .containsEntry("channelLabel", "웹").containsEntry("listCategory", "결제").containsKey("dueLabel");
    }

    @Test
    void searchingTaskNamesForTheInquiryCodeFindsExactlyThatTask() {
        String code = billingInquiry("자동이체 날짜를 바꾸고 싶어요");
        Task task = TestInquiries.awaitRespondTask(tasks, code);

        JsonNode found = api.get("/engine-rest/task?maxResults=50&nameLike=" + URLEncoder.encode("%" + code + "%",
                StandardCharsets.UTF_8), KIM).json();

        assertThat(found.findValuesAsText("id")).containsExactly(task.getId());
    }

    private String billingInquiry(String subject) {
        return TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("rows"), "WEB", "BILLING",
                subject, subject + " 확인 부탁드립니다.")).get("code").asText();
    }
}
