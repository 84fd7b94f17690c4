package com.inquirydesk.audit.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.inquirydesk.ApiClient;
import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestInquiries;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closed inquiries lose their texts after the retention period and the engine's history cleanup follows the same period. */
@IntegrationTest
class RetentionIT {

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired RetentionService retention;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired RepositoryService repository;
    @Autowired ProcessEngineConfiguration engineConfiguration;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void closedInquiriesArePurgedAfterTheRetentionAndTheEngineHistoryFollowsInTheNightlyWindow() {
        ApiClient api = new ApiClient(port);
        JsonNode withdrawn = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("retention"), "WEB",
                "GENERAL", "보관 기간 확인용 문의", "이 문의는 곧 철회합니다."));
        String closedCode = withdrawn.get("code").asText();
        String openCode = TestInquiries.create(api, TestInquiries.request(TestInquiries.uniqueEmail("retention"), "WEB",
                "GENERAL", "아직 진행 중인 문의", "답변을 기다리고 있어요.")).get("code").asText();
        assertThat(api.post("/api/v1/inquiries/" + closedCode + "/withdraw", ApiClient.json(Map.of("reason", "해결됐어요")),
                "X-Access-Token", withdrawn.get("accessToken").asText()).status()).isLessThan(300);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> history
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(closedCode).finished().count() == 1
                && "CLOSED".equals(jdbc.queryForObject("SELECT status FROM inquiry WHERE code = ?", String.class, closedCode)));

        JsonNode timeline = api.get("/api/v1/audit/inquiries/" + closedCode + "/timeline",
                "Authorization", ApiClient.basicAuth("han", "demo")).json();
        assertThat(timeline.get("status").asText()).isEqualTo("CLOSED");
        assertThat(timeline.get("entries").findValuesAsText("kind")).as("a finished inquiry's timeline")
                .contains("INQUIRY_WITHDRAWN", "PROCESS_STARTED", "PROCESS_ENDED");

        retention.purgeClosedInquiries();
        assertThat(jdbc.queryForObject("SELECT subject FROM inquiry WHERE code = ?", String.class, closedCode))
                .as("not old enough yet").isEqualTo("보관 기간 확인용 문의");

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(181))));
        assertThat(retention.purgeClosedInquiries()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT subject FROM inquiry WHERE code = ?", String.class, closedCode))
                .isEqualTo("(삭제됨)");
        assertThat(jdbc.queryForList("SELECT m.body FROM inquiry_message m JOIN inquiry i ON i.id = m.inquiry_id "
                + "WHERE i.code = ?", String.class, closedCode)).containsOnly("(삭제됨)");
        assertThat(jdbc.queryForObject("SELECT purged_at FROM inquiry WHERE code = ?", Object.class, closedCode)).isNotNull();
        assertThat(jdbc.queryForObject("SELECT subject FROM inquiry WHERE code = ?", String.class, openCode))
                .as("open inquiries are kept").isEqualTo("아직 진행 중인 문의");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INQUIRY_PURGED' AND entity_id = ?",
                Long.class, closedCode)).isOne();
        assertThat(retention.purgeClosedInquiries()).as("a purged inquiry is not purged twice").isZero();

        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("inquiryLifecycle").latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(180);

        Job cleanup = history.cleanUpHistoryAsync(true);
        try {
            management.executeJob(cleanup.getId());
        } catch (RuntimeException takenByTheJobExecutor) {
            // The job executor may run the same job first; either way the history goes.
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> history
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(closedCode).count() == 0);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(openCode).count())
                .as("a running inquiry's history stays").isOne();
    }
}
