package com.inquirydesk.product;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.ProcessTestEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import com.inquirydesk.inquiry.InquiryIdentity;
import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.inquiry.ProtectedVariables;
import com.inquirydesk.inquiry.RecordReplyDelegate;
import com.inquirydesk.inquiry.ReplyDelivery;
import com.inquirydesk.inquiry.RespondContext;
import com.inquirydesk.inquiry.RespondTaskCompletionListener;
import com.inquirydesk.inquiry.RespondTaskContextListener;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.sla.ResponseClock;
import com.inquirydesk.sla.ResponseClockDelegate;
import com.inquirydesk.sla.ResponseClockPauses;
import com.inquirydesk.sla.ResumeFromHoldDelegate;
import com.inquirydesk.sla.SlaPause;
import com.inquirydesk.sla.SlaService;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * The hold-for-product path of processes/inquiry-lifecycle.bpmn, started at the respond task: outcome
 * needsProductInput holds the inquiry with its clock paused until the product team answers (or the customer
 * writes), then the same agent gets a fresh respond task due when the resumed clock says.
 */
@Deployment(resources = {"processes/inquiry-lifecycle.bpmn", "forms/respond-inquiry.form"})
class HoldForProductProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("hold-for-product-process-test", BEANS);

    static final long INQUIRY_ID = 42L;
    static final long FEEDBACK_ID = 7L;
    static final String CODE = "INQ-20261201-000042";
    static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant DUE_AT = Instant.parse("2026-12-01T05:00:00Z");
    static final Instant ANSWERED_AT = Instant.parse("2026-12-02T02:00:00Z");
    static final Instant RESUMED_DUE = Instant.parse("2026-12-02T05:00:00Z");

    InquiryService inquiries = mock(InquiryService.class);
    SlaService sla = mock(SlaService.class);
    ResponseClockPauses clocks = mock(ResponseClockPauses.class);
    ProductHold hold = mock(ProductHold.class);
    CustomerNoticeService notices = mock(CustomerNoticeService.class);

    ResponseClock running = new ResponseClock(DUE_AT, DUE_AT.minus(Duration.ofMinutes(48)));

    @BeforeEach
    void wireDelegates() {
        AbstractAssertions.init(engine.getProcessEngine());
        // Task names for Tasklist and answering help have their own tests.
        BEANS.put("taskCaptionListener", (TaskListener) task -> { });
        BEANS.put("answerSuggestionListener", (TaskListener) task -> { });
        BEANS.put("suggestedAnswerInsertion", (TaskListener) task -> { });
        BEANS.put("respondTaskContextListener", new RespondTaskContextListener(inquiries));
        BEANS.put("respondTaskCompletionListener", new RespondTaskCompletionListener(new ProtectedVariables(inquiries)));
        BEANS.put("responseClockDelegate", new ResponseClockDelegate(sla));
        BEANS.put("recordReplyDelegate", new RecordReplyDelegate(inquiries, sla, mock(ReplyDelivery.class)));
        BEANS.put("holdForProductDelegate", new HoldForProductDelegate(inquiries, clocks, hold, notices));
        BEANS.put("resumeFromHoldDelegate", new ResumeFromHoldDelegate(inquiries, clocks));

        ClockUtil.setCurrentTime(Date.from(T0));
        when(inquiries.identity(CODE)).thenReturn(new InquiryIdentity(INQUIRY_ID, CODE, 5L, null));
        when(inquiries.respondContext(anyLong())).thenReturn(new RespondContext("일반", "구분 없음", "이전 문의 없음 (첫 문의)",
                "앱 로그인이 안 돼요", "http://localhost:8080/desk/inquiries/" + CODE, ""));
        when(hold.handOff(INQUIRY_ID, "app-login")).thenReturn(FEEDBACK_ID);
        // Like SlaService: the respond step runs on the inquiry's running clock, which the pause stops and the resume restarts.
        when(sla.runningClock(INQUIRY_ID)).thenAnswer(call -> running);
        when(clocks.pause(INQUIRY_ID, SlaPause.PRODUCT_INPUT)).thenAnswer(call -> {
            running = null;
            return null;
        });
        when(clocks.resume(INQUIRY_ID)).thenAnswer(call -> running = new ResponseClock(RESUMED_DUE,
                RESUMED_DUE.minus(Duration.ofMinutes(36))));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void needsProductInputHoldsTheInquiryWithItsClockPausedAndTellsTheCustomer() {
        ProcessInstance inquiry = respondingAs("kim");

        complete(task(inquiry), withVariables("reply", "지문 로그인 실패 재현됨, 제품팀 확인 필요",
                "outcome", "needsProductInput", "productFeature", "app-login"));

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_ON_HOLD)
                .hasPassed(InquiryLifecycle.TASK_HOLD_FOR_PRODUCT);
        assertThat(inquiry).variables().containsEntry(InquiryVariables.HELD_FOR_FEEDBACK_ID, FEEDBACK_ID);
        InOrder steps = inOrder(inquiries, clocks, hold, notices);
        steps.verify(inquiries).addNote(INQUIRY_ID, "지문 로그인 실패 재현됨, 제품팀 확인 필요", "kim");
        steps.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.ON_HOLD);
        steps.verify(clocks).pause(INQUIRY_ID, SlaPause.PRODUCT_INPUT);
        steps.verify(hold).handOff(INQUIRY_ID, "app-login");
        steps.verify(notices).send(eq(INQUIRY_ID), eq(HoldForProductDelegate.PRODUCT_HOLD_NOTICE), anyMap());
        verify(sla, never()).answered(INQUIRY_ID);
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(inquiry.getId()).count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(inquiry.getId()).timers().count())
                .as("no SLA timer runs while the clock is paused").isZero();
    }

    @Test
    void productAnswerBringsTheInquiryBackToTheSameAgentDueAtTheResumedTime() {
        ProcessInstance inquiry = onHoldFor("kim");

        ClockUtil.setCurrentTime(Date.from(ANSWERED_AT));
        productAnswers(FEEDBACK_ID);
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.EVENT_PRODUCT_ANSWERED);
        execute(job());

        assertThat(inquiry).hasPassed(InquiryLifecycle.TASK_RESUME_FROM_HOLD).isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        Task again = task(inquiry);
        assertThat(again).isAssignedTo("kim");
        Assertions.assertThat(again.getDueDate()).isEqualTo(Date.from(RESUMED_DUE));
        assertThat(inquiry).variables().doesNotContainKey(InquiryVariables.PRODUCT_FEATURE)
                .containsEntry(InquiryVariables.RESPONSE_DUE, Date.from(RESUMED_DUE));
        InOrder statuses = inOrder(inquiries);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.ON_HOLD);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.OPEN);
    }

    @Test
    void answerOfAnotherHandoffLeavesTheInquiryOnHold() {
        ProcessInstance inquiry = onHoldFor("kim");

        productAnswers(FEEDBACK_ID + 1);

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_ON_HOLD);
        verify(clocks, never()).resume(anyLong());
    }

    @Test
    void customerReplyWhileOnHoldEndsTheHoldAndReachesTheSameAgent() {
        ProcessInstance inquiry = onHoldFor("kim");

        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_CUSTOMER_REPLIED)
                .processInstanceBusinessKey(CODE).correlate();

        assertThat(inquiry).hasPassed(InquiryLifecycle.EVENT_CUSTOMER_REPLIED_ON_HOLD, InquiryLifecycle.TASK_RESUME_FROM_HOLD)
                .isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        assertThat(task(inquiry)).isAssignedTo("kim");
        verify(clocks).resume(INQUIRY_ID);
    }

    @Test
    void needsProductInputWithoutAValidFeatureIsRefusedAndTheTaskStays() {
        ProcessInstance inquiry = respondingAs("kim");
        Task respond = task(inquiry);

        assertThatThrownBy(() -> taskService().complete(respond.getId(),
                Map.of("reply", "제품팀 확인", "outcome", "needsProductInput")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("productFeature");
        assertThatThrownBy(() -> taskService().complete(respond.getId(),
                Map.of("reply", "제품팀 확인", "outcome", "needsProductInput", "productFeature", "앱 로그인")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("productFeature");

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        verify(hold, never()).handOff(anyLong(), anyString());
    }

    private ProcessInstance onHoldFor(String agent) {
        ProcessInstance inquiry = respondingAs(agent);
        complete(task(inquiry), withVariables("reply", "제품팀 확인 필요", "outcome", "needsProductInput",
                "productFeature", "app-login"));
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_ON_HOLD);
        return inquiry;
    }

    /** As {@link ProductHold} correlates it: only the inquiry held for that very hand-off listens. */
    private static void productAnswers(long feedbackId) {
        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_PRODUCT_ANSWERED)
                .processInstanceBusinessKey(CODE)
                .processInstanceVariableEquals(InquiryVariables.HELD_FOR_FEEDBACK_ID, feedbackId)
                .correlateAllWithResult();
    }

    private ProcessInstance respondingAs(String agent) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inquiryId", INQUIRY_ID);
        variables.put("inquiryCode", CODE);
        variables.put("customerId", 5L);
        variables.put("channel", "APP");
        variables.put("category", "GENERAL");
        variables.put("priority", "NORMAL");
        variables.put("taskPriority", 50);
        variables.put("candidateGroup", "agents-general");
        variables.put("assignee", agent);
        ProcessInstance inquiry = runtimeService().createProcessInstanceByKey(InquiryLifecycle.PROCESS_KEY)
                .businessKey(CODE).setVariables(variables)
                .startBeforeActivity(InquiryLifecycle.TASK_CHECK_RESPONSE_CLOCK)
                .execute();
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        return inquiry;
    }
}
