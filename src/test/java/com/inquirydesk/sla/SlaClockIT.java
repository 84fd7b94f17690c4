package com.inquirydesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** SLA clocks end to end: business-hour due times in the API and in Tasklist, and the breach path. */
@IntegrationTest
class SlaClockIT {

    /** Friday 2026-11-27 19:00 in Seoul: after working hours before a weekend. */
    static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T10:00:00Z");
    /** Monday 09:00 + 4 business hours (STANDARD policy, NORMAL priority) = Monday 13:00 in Seoul. */
    static final Instant MONDAY_DUE = Instant.parse("2026-11-30T04:00:00Z");

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    @Test
    void fridayEveningInquiryIsDueOnTheNextBusinessDayInTheApiAndInTasklist() {
        ClockUtil.setCurrentTime(Date.from(FRIDAY_EVENING));

        JsonNode created = create("배송지 변경 문의", "주문한 상품의 배송지를 바꾸고 싶습니다.");

        assertThat(Instant.parse(created.get("expectedFirstResponseBy").asText())).isEqualTo(MONDAY_DUE);
        String code = created.get("code").asText();
        JsonNode view = new ApiClient(port).get("/api/v1/inquiries/" + code,
                "X-Access-Token", created.get("accessToken").asText()).json();
        assertThat(Instant.parse(view.get("expectedFirstResponseBy").asText())).isEqualTo(MONDAY_DUE);
        Task task = awaitRespondTask(code);
        assertThat(task.getDueDate().toInstant()).isEqualTo(MONDAY_DUE);
    }

    @Test
    void anOverdueAnswerIsFlaggedEscalatedToSupervisorsAndRecorded() {
        ClockUtil.setCurrentTime(Date.from(FRIDAY_EVENING));
        String code = create("배송 조회가 안 돼요", "송장 번호로 조회가 되지 않습니다.").get("code").asText();
        Task respond = awaitRespondTask(code);

        ClockUtil.setCurrentTime(Date.from(MONDAY_DUE.minus(Duration.ofMinutes(30))));
        assertThat(filterTaskIds("SLA at risk", "kim", code)).contains(respond.getId());

        ClockUtil.setCurrentTime(Date.from(MONDAY_DUE.plus(Duration.ofMinutes(1))));
        Task escalation = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(code)
                        .taskDefinitionKey(InquiryLifecycle.TASK_HANDLE_ESCALATION).singleResult(),
                found -> found != null);

        assertThat(filterTaskIds("Escalated", "choi", code)).contains(escalation.getId());
        assertThat(tasks.createTaskQuery().taskId(respond.getId()).singleResult().getPriority())
                .as("raised one step from NORMAL").isEqualTo(75);
        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT e.metric, e.kind FROM sla_event e JOIN inquiry i ON i.id = e.inquiry_id WHERE i.code = ?", code);
        assertThat(events).extracting(row -> row.get("metric") + "/" + row.get("kind"))
                .contains("FIRST_RESPONSE/WARNED", "FIRST_RESPONSE/BREACHED");
        assertThat(jdbc.queryForObject("SELECT priority FROM inquiry WHERE code = ?", String.class, code)).isEqualTo("HIGH");
    }

    private JsonNode create(String subject, String body) {
        return TestInquiries.create(new ApiClient(port),
                TestInquiries.request(TestInquiries.uniqueEmail("sla"), "WEB", "GENERAL", subject, body));
    }

    private Task awaitRespondTask(String code) {
        return TestInquiries.awaitRespondTask(tasks, code);
    }

    /** The tasks of one inquiry that the named filter shows the user (other tests fill the shared filters too). */
    private List<String> filterTaskIds(String filterName, String user, String code) {
        String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        return TestInquiries.asUser(identity, user,
                // Engine queries by a logged-in user must be paged (query-max-results-limit), as Tasklist pages them.
                () -> filters.<Task, TaskQuery>listPage(filterId, tasks.createTaskQuery().processInstanceBusinessKey(code), 0, 100)
                        .stream().map(Task::getId).toList());
    }
}
