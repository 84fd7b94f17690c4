package com.inquirydesk.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import com.inquirydesk.inquiry.InquiryLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hold for the product team end to end: the agent's outcome needsProductInput pauses the response clock and
 * hands the inquiry to the feature's hand-off; the product team's answer, a shipped fix or the customer's
 * reply brings it back to the same agent, due after the budget that was left.
 */
@IntegrationTest
class HoldForProductIT {

    /** Tuesday 2026-12-01 10:00 in Seoul: the 4 business-hour first response is due at 14:00. */
    static final Instant TUESDAY_10 = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant TUESDAY_DUE = Instant.parse("2026-12-01T05:00:00Z");
    /** One business hour used when the agent asks the product team: three are left. */
    static final Instant TUESDAY_11 = Instant.parse("2026-12-01T02:00:00Z");
    /** The team answers a day later, at 11:00: 9 business hours were paused, so the due moves to Wednesday 14:00. */
    static final Instant WEDNESDAY_11 = Instant.parse("2026-12-02T02:00:00Z");
    static final Instant WEDNESDAY_DUE = Instant.parse("2026-12-02T05:00:00Z");

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProductHandoffService handoffs;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }

    @Test
    void productTeamAnswerResumesThePausedClockForTheSameAgentDueLaterByThePausedBusinessTime() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_10));
        String feature = uniqueFeature();
        String code = create("앱 로그인이 계속 실패해요", "업데이트 뒤 지문 로그인이 되지 않습니다.").get("code").asText();
        Task respond = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(respond.getDueDate().toInstant()).isEqualTo(TUESDAY_DUE);

        ClockUtil.setCurrentTime(Date.from(TUESDAY_11));
        String agent = holdForProduct(respond, feature, "업데이트 뒤 지문 로그인이 실패한다는 제보, 재현 확인 필요");

        assertThat(status(code)).isEqualTo("ON_HOLD");
        assertThat(jdbc.queryForObject("SELECT response_due_at FROM inquiry WHERE code = ?", LocalDateTime.class, code))
                .as("no answer is owed while on hold").isNull();
        Map<String, Object> pause = pause(code);
        assertThat(((Number) pause.get("remaining_seconds")).longValue()).isEqualTo(Duration.ofHours(3).toSeconds());
        assertThat(pause.get("resumed_at")).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM notification_outbox o JOIN inquiry i ON i.id = o.inquiry_id "
                + "WHERE i.code = ? AND o.template_code = 'PRODUCT_HOLD_NOTICE'", Integer.class, code))
                .as("the customer is told why the answer waits").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM product_feedback f JOIN product_feedback_link l "
                + "ON l.feedback_id = f.id JOIN inquiry i ON i.id = l.inquiry_id "
                + "WHERE f.open_feature_key = ? AND i.code = ?", Integer.class, feature, code)).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(WEDNESDAY_11));
        Task triage = tasks.createTaskQuery().processInstanceBusinessKey(feature)
                .taskDefinitionKey(ProductHandoff.TASK_TRIAGE).singleResult();
        TestInquiries.asUser(identity, "jung", () -> tasks.complete(triage.getId(), Map.of(
                "decision", "planned", "targetRelease", "3.2.0", "answer", "3.2.0에서 지문 로그인 오류를 고칩니다.")));

        Task again = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(again.getAssignee()).isEqualTo(agent);
        assertThat(again.getDueDate().toInstant()).as("old due + paused business time").isEqualTo(WEDNESDAY_DUE);
        assertThat(status(code)).isEqualTo("OPEN");
        Map<String, Object> resumed = pause(code);
        // Stored as UTC wall time (hibernate.jdbc.time_zone).
        assertThat(jdbc.queryForObject("SELECT resumed_due_at FROM sla_pause WHERE id = ?", LocalDateTime.class,
                resumed.get("id")).toInstant(ZoneOffset.UTC)).isEqualTo(WEDNESDAY_DUE);
        assertThat(jdbc.queryForObject("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ? AND m.direction = 'NOTE' AND m.author = 'product-team'", String.class, code))
                .contains("반영 예정", "3.2.0에서 지문 로그인 오류를 고칩니다.");
    }

    @Test
    void joiningTheOpenHandoffAndAShippedFixBringBothHeldInquiriesBack() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_10));
        String feature = uniqueFeature();
        String first = create("카드 결제 화면이 멈춰요", "결제 버튼을 누르면 화면이 멈춥니다.").get("code").asText();
        String second = create("결제가 안 넘어가요", "카드 결제 단계에서 진행이 되지 않아요.").get("code").asText();
        holdForProduct(TestInquiries.awaitRespondTask(tasks, first), feature, "결제 화면 멈춤");
        holdForProduct(TestInquiries.awaitRespondTask(tasks, second), feature, "같은 결제 화면 멈춤");

        assertThat(jdbc.queryForObject("SELECT linked_inquiries FROM product_feedback WHERE open_feature_key = ?",
                Integer.class, feature)).as("the second report joined the open hand-off").isEqualTo(2);

        handoffs.announceFixReleased(feature, "3.2.1", "jung", "127.0.0.1");

        TestInquiries.awaitRespondTask(tasks, first);
        TestInquiries.awaitRespondTask(tasks, second);
        assertThat(status(first)).isEqualTo("OPEN");
        assertThat(status(second)).isEqualTo("OPEN");
    }

    @Test
    void customerReplyWhileOnHoldIsKeptAndReachesTheAgentAtOnce() {
        ClockUtil.setCurrentTime(Date.from(TUESDAY_10));
        JsonNode created = create("앱 알림이 오지 않아요", "예약 알림이 오지 않습니다.");
        String code = created.get("code").asText();
        String agent = holdForProduct(TestInquiries.awaitRespondTask(tasks, code), uniqueFeature(), "알림 누락");

        ApiClient.Response reply = new ApiClient(port).post("/api/v1/inquiries/" + code + "/messages",
                ApiClient.json(Map.of("body", "오늘 오후 예약도 알림이 안 왔어요")),
                "X-Access-Token", created.get("accessToken").asText());
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);

        Task again = TestInquiries.awaitRespondTask(tasks, code);
        assertThat(again.getAssignee()).isEqualTo(agent);
        assertThat((String) tasks.getVariable(again.getId(), "customerMessage")).contains("오늘 오후 예약도 알림이 안 왔어요");
        assertThat(status(code)).isEqualTo("OPEN");
        assertThat(pause(code).get("resumed_at")).isNotNull();
    }

    /** Completes the respond task as its agent (claiming it from the queue when nobody was free) with outcome needsProductInput. */
    private String holdForProduct(Task respond, String feature, String note) {
        String agent = respond.getAssignee() != null ? respond.getAssignee() : "kim";
        TestInquiries.asUser(identity, agent, () -> {
            if (respond.getAssignee() == null) {
                tasks.claim(respond.getId(), agent);
            }
            tasks.complete(respond.getId(), Map.of("reply", note, "outcome", "needsProductInput",
                    "productFeature", feature));
        });
        return agent;
    }

    private JsonNode create(String subject, String body) {
        return TestInquiries.create(new ApiClient(port),
                TestInquiries.request(TestInquiries.uniqueEmail("hold"), "WEB", "GENERAL", subject, body));
    }

    private String status(String code) {
        return jdbc.queryForObject("SELECT status FROM inquiry WHERE code = ?", String.class, code);
    }

    private Map<String, Object> pause(String code) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> jdbc.queryForList("SELECT p.* FROM sla_pause p JOIN inquiry i ON i.id = p.inquiry_id "
                        + "WHERE i.code = ? ORDER BY p.id DESC", code).stream().findFirst().orElse(null),
                row -> row != null);
    }

    private static String uniqueFeature() {
        return "hold-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
