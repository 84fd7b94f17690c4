package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/v1/reports/dashboard on a day nobody else works (a Tuesday of 2015–2022, drawn anew each run so a kept
 * MariaDB database holds nothing of it; the engine clock moved back there, so no timer of another test comes due):
 * today's figures to the exact count, the held inquiry in its group's queue, an answer due within the hour
 * at risk and then breached, the agents with their capacity, and the weekly trend of the KPI report.
 */
@IntegrationTest
class DashboardApiIT {

    /** A Tuesday 10:00 in Seoul (no holidays are kept for those years); a GENERAL inquiry's first answer is due at 14:00. */
    static final LocalDate TUESDAY = LocalDate.of(2015, 1, 6).plusWeeks(ThreadLocalRandom.current().nextInt(0, 400));
    static final Instant TUESDAY_10 = TUESDAY.atTime(1, 0).toInstant(ZoneOffset.UTC);
    static final Instant DUE = TUESDAY.atTime(5, 0).toInstant(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void todaysFiguresQueueSlaWatchAndAgentsComeFromTheLiveData() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_10));
        String waiting = create("앱 화면이 깨져요").get("code").asText();
        String held = create("결제 알림이 오지 않아요").get("code").asText();
        Task heldTask = respondTask(held);
        String agent = heldTask.getAssignee() != null ? heldTask.getAssignee() : "kim";
        TestInquiries.asUser(identity, agent, () -> {
            if (heldTask.getAssignee() == null) {
                tasks.claim(heldTask.getId(), agent);
            }
            tasks.complete(heldTask.getId(), Map.of("reply", "알림 누락, 제품팀 확인", "outcome", "needsProductInput",
                    "productFeature", "dash-" + UUID.randomUUID().toString().substring(0, 8)));
        });
        respondTask(waiting);

        JsonNode dashboard = dashboard("han");
        assertThat(dashboard.get("today").get("from").asText()).isEqualTo(TUESDAY.toString());
        assertThat(dashboard.get("today").get("received").asInt()).isEqualTo(2);
        assertThat(dashboard.get("today").get("resolved").asInt()).isZero();
        assertThat(dashboard.get("today").get("csatAverage").isNull()).as("no answers: null, not 0").isTrue();
        assertThat(dashboard.get("thisWeek").get("from").asText()).isEqualTo(TUESDAY.minusDays(1).toString());
        JsonNode general = group(dashboard, "agents-general");
        assertThat(general.get("label").asText()).isEqualTo("일반 상담");
        assertThat(general.get("onHold").asInt()).isPositive();
        assertThat(dashboard.get("agents").findValuesAsText("userId")).contains("kim", "lee", "park");
        assertThat(dashboard.get("agents").get(0).get("capacity").asInt()).isPositive();
        assertThat(dashboard.get("trend").get("groupBy").asText()).isEqualTo("week");
        assertThat(dashboard.get("trend").get("rows").findValuesAsText("group")).contains(TUESDAY.minusDays(1).toString());

        ClockUtil.setCurrentTime(Date.from(DUE.minus(Duration.ofMinutes(30))));
        JsonNode atRisk = slaItem(dashboard("choi"), waiting);
        assertThat(atRisk).as("due within the hour").isNotNull();
        assertThat(atRisk.get("breached").asBoolean()).isFalse();
        assertThat(slaItem(dashboard("choi"), held)).as("a held inquiry owes no answer").isNull();

        ClockUtil.setCurrentTime(Date.from(DUE.plus(Duration.ofMinutes(1))));
        JsonNode breached = slaItem(dashboard("choi"), waiting);
        assertThat(breached).isNotNull();
        assertThat(breached.get("breached").asBoolean()).isTrue();
        assertThat(dashboard("choi").get("sla").get("breached").asInt()).isPositive();
    }

    /** Like TestInquiries.awaitRespondTask, with room for a job executor still busy with earlier tests' jobs. */
    private Task respondTask(String code) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                        .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).singleResult(), task -> task != null);
    }

    private JsonNode create(String subject) {
        return TestInquiries.create(new ApiClient(port), TestInquiries.request(TestInquiries.uniqueEmail("dashboard"),
                "APP", "GENERAL", subject, subject + " 확인 부탁드립니다."));
    }

    private JsonNode dashboard(String user) {
        ApiClient.Response response = new ApiClient(port).get("/api/v1/reports/dashboard", "Authorization",
                ApiClient.basicAuth(user, "demo"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode group(JsonNode dashboard, String group) {
        for (JsonNode row : dashboard.get("queue")) {
            if (row.get("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no queue row for " + group);
    }

    private static JsonNode slaItem(JsonNode dashboard, String code) {
        for (JsonNode item : dashboard.get("sla").get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        return null;
    }
}
