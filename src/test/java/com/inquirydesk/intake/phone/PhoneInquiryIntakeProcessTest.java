package com.inquirydesk.intake.phone;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.ProcessTestEngine;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/phone-inquiry-intake.bpmn on an in-memory engine, started the way Tasklist's "Start process" does
 * (submitting the start form as the agent), with the real delegates on a mocked PhoneInquiryService.
 */
@Deployment(resources = {"processes/phone-inquiry-intake.bpmn", "forms/log-phone-inquiry.form"})
class PhoneInquiryIntakeProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("phone-inquiry-intake-process-test", BEANS);

    static final long INQUIRY_ID = 31L;
    static final String CODE = "INQ-20261202-000031";
    static final String AGENT = "kim";
    static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    PhoneInquiryService phoneInquiries = mock(PhoneInquiryService.class);

    @BeforeEach
    void wireDelegates() {
        AbstractAssertions.init(engine.getProcessEngine());
        BEANS.put("registerPhoneInquiryDelegate", new RegisterPhoneInquiryDelegate(phoneInquiries));
        BEANS.put("recordCallResolutionDelegate", new RecordCallResolutionDelegate(phoneInquiries));
        ClockUtil.setCurrentTime(Date.from(T0));
        when(phoneInquiries.register(any(), anyString())).thenReturn(new PhoneInquiryService.Registered(INQUIRY_ID, CODE));
        identityService().setAuthenticatedUserId(AGENT);
    }

    @AfterEach
    void reset() {
        identityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void unresolvedCallBecomesAnInquiryForTheQueueAndForgetsTheCallersDetails() {
        ProcessInstance intake = logCall(false, null);

        verify(phoneInquiries).register(new PhoneCall("010-2345-6789", "박전화", "RETURN", "반품 접수가 안 돼요",
                "앱에서 반품 버튼이 눌리지 않는다고 함", false, null), AGENT);
        BpmnAwareTests.assertThat(intake).isEnded().hasPassedInOrder(PhoneIntake.START_CALL_LOGGED, PhoneIntake.TASK_REGISTER,
                PhoneIntake.GATEWAY_RESOLVED_ON_CALL, PhoneIntake.END_QUEUED);
        verify(phoneInquiries, never()).resolveOnCall(anyLong(), any(), any());
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(intake.getId())
                .singleResult().getBusinessKey()).isEqualTo(CODE);
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableNameIn(PhoneIntakeVariables.CALLER_PHONE, PhoneIntakeVariables.CALLER_NAME,
                        PhoneIntakeVariables.CALL_NOTES).count())
                .as("the caller's phone, name and words live in the inquiry tables, not in the engine")
                .isZero();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
                .variableName(PhoneIntakeVariables.INQUIRY_CODE).singleResult().getValue()).isEqualTo(CODE);
    }

    @Test
    void callResolvedOnThePhoneAnswersTheInquiryWithTheAgentsSummary() {
        ProcessInstance intake = logCall(true, "반품 메뉴 위치를 안내했고 고객이 접수를 마쳤습니다.");

        BpmnAwareTests.assertThat(intake).isWaitingAt(PhoneIntake.TASK_RECORD_RESOLUTION);
        execute(job(intake));

        verify(phoneInquiries).resolveOnCall(INQUIRY_ID, "반품 메뉴 위치를 안내했고 고객이 접수를 마쳤습니다.", AGENT);
        BpmnAwareTests.assertThat(intake).isEnded().hasPassed(PhoneIntake.END_RESOLVED).hasNotPassed(PhoneIntake.END_QUEUED);
    }

    @Test
    void resolutionWaitsForTheRespondTaskByRetryingShortlyAfter() {
        when(phoneInquiries.resolveOnCall(anyLong(), any(), any()))
                .thenThrow(new IllegalStateException("the respond task of " + CODE + " is not created yet"))
                .thenReturn(true);
        ProcessInstance intake = logCall(true, "요금 재청구 일정을 안내했습니다.");

        Job attempt = job(intake);
        assertThatThrownBy(() -> managementService().executeJob(attempt.getId())).isInstanceOf(IllegalStateException.class);
        Job retry = job(intake);
        assertThat(retry.getRetries()).isEqualTo(19);
        assertThat(retry.getDuedate()).isEqualTo(Date.from(T0.plusSeconds(3)));

        ClockUtil.setCurrentTime(Date.from(T0.plusSeconds(3)));
        execute(retry);
        BpmnAwareTests.assertThat(intake).isEnded().hasPassed(PhoneIntake.END_RESOLVED);
    }

    @Test
    void refusedCallLeavesNoProcessBehind() {
        when(phoneInquiries.register(any(), anyString()))
                .thenThrow(new BadUserRequestException("고객 전화번호(callerPhone) 형식이 올바르지 않습니다. 예: 010-1234-5678"));

        assertThatThrownBy(() -> logCall(false, null)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("callerPhone");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PhoneIntake.PROCESS_KEY).count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PhoneIntake.PROCESS_KEY).count()).isZero();
    }

    private ProcessInstance logCall(boolean resolved, String summary) {
        Map<String, Object> form = new HashMap<>();
        form.put(PhoneIntakeVariables.CALLER_PHONE, "010-2345-6789");
        form.put(PhoneIntakeVariables.CALLER_NAME, "박전화");
        form.put(PhoneIntakeVariables.CATEGORY, "RETURN");
        form.put(PhoneIntakeVariables.SUBJECT, "반품 접수가 안 돼요");
        form.put(PhoneIntakeVariables.CALL_NOTES, "앱에서 반품 버튼이 눌리지 않는다고 함");
        form.put(PhoneIntakeVariables.RESOLVED_ON_CALL, resolved);
        if (summary != null) {
            form.put(PhoneIntakeVariables.CALL_SUMMARY, summary);
        }
        String definition = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PhoneIntake.PROCESS_KEY).latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definition, form);
    }
}
