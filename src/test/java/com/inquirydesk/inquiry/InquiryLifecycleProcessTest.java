package com.inquirydesk.inquiry;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.assignment.AgentRequestService;
import com.inquirydesk.assignment.AgentRequestedDelegate;
import com.inquirydesk.assignment.AssignAgentDelegate;
import com.inquirydesk.assignment.EscalationDecisionDelegate;
import com.inquirydesk.assignment.EscalationClosedListener;
import com.inquirydesk.assignment.EscalationService;
import com.inquirydesk.assignment.EscalationTaskCompletionListener;
import com.inquirydesk.assignment.ReturnToPersonDelegate;
import com.inquirydesk.sla.ResponseClockDelegate;
import com.inquirydesk.notification.AutoCloseDelegate;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.notification.SendReminderDelegate;
import com.inquirydesk.sla.CustomerReturnedDelegate;
import com.inquirydesk.sla.ResponseClock;
import com.inquirydesk.sla.SlaBreachDelegate;
import com.inquirydesk.sla.SlaNoticeService;
import com.inquirydesk.sla.SlaService;
import com.inquirydesk.sla.SlaWarningDelegate;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Duration;
import java.time.ZoneId;
import com.inquirydesk.assignment.AssignmentService;
import com.inquirydesk.assignment.EscalateInquiryDelegate;
import com.inquirydesk.assignment.HandOverService;
import com.inquirydesk.assignment.TransferInquiryDelegate;
import com.inquirydesk.notification.SendAcknowledgementDelegate;
import com.inquirydesk.triage.AnalyseInquiryDelegate;
import com.inquirydesk.triage.MergeDuplicateDelegate;
import com.inquirydesk.triage.MergeService;
import com.inquirydesk.triage.RecordTriageDelegate;
import com.inquirydesk.triage.TriageService;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import com.inquirydesk.ProcessTestEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.InOrder;

/**
 * processes/inquiry-lifecycle.bpmn with its DMN tables on an in-memory engine. The delegates are the
 * real ones; the domain services behind them are mocks, so each test states what the diagram does.
 */
@Deployment(resources = {"processes/inquiry-lifecycle.bpmn", "processes/inquiry-triage.dmn",
        "processes/inquiry-routing.dmn", "forms/respond-inquiry.form", "forms/handle-escalation.form"})
class InquiryLifecycleProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("inquiry-lifecycle-process-test", BEANS);

    static final long INQUIRY_ID = 42L;
    static final String CODE = "INQ-20261123-000042";

    TriageService triage = mock(TriageService.class);
    MergeService merges = mock(MergeService.class);
    AssignmentService assignments = mock(AssignmentService.class);
    InquiryService inquiries = mock(InquiryService.class);
    HandOverService handOver = mock(HandOverService.class);
    SendAcknowledgementDelegate acknowledgement = mock(SendAcknowledgementDelegate.class);
    SlaService sla = mock(SlaService.class);
    SlaNoticeService slaNotices = mock(SlaNoticeService.class);
    EscalationService escalations = mock(EscalationService.class);
    CustomerNoticeService customerNotices = mock(CustomerNoticeService.class);
    AgentRequestService agentRequests = mock(AgentRequestService.class);
    ReplyDelivery replyDelivery = mock(ReplyDelivery.class);

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant WARN_AT = T0.plus(Duration.ofMinutes(192));
    static final Instant DUE_AT = T0.plus(Duration.ofHours(4));
    static final Instant REMINDER_AT = T0.plus(Duration.ofDays(2));
    static final Instant AUTO_CLOSE_AT = REMINDER_AT.plus(Duration.ofDays(3));
    static final Instant REOPEN_UNTIL = T0.plus(Duration.ofDays(7));
    static final Duration FRESH_BUDGET = Duration.ofHours(4);

    ResponseClock running;

    @BeforeEach
    void wireDelegates() {
        AbstractAssertions.init(engine.getProcessEngine());
        // Task names for Tasklist are not what these tests are about.
        BEANS.put("taskCaptionListener", (TaskListener) task -> { });
        // Answering help (suggested replies) has its own tests.
        BEANS.put("answerSuggestionListener", (TaskListener) task -> { });
        BEANS.put("suggestedAnswerInsertion", (TaskListener) task -> { });
        BEANS.put("analyseInquiryDelegate", new AnalyseInquiryDelegate(triage));
        BEANS.put("mergeDuplicateDelegate", new MergeDuplicateDelegate(merges));
        BEANS.put("recordTriageDelegate", new RecordTriageDelegate(triage, sla));
        BEANS.put("sendAcknowledgementDelegate", acknowledgement);
        BEANS.put("assignAgentDelegate", new AssignAgentDelegate(assignments));
        BEANS.put("respondTaskContextListener", new RespondTaskContextListener(inquiries));
        ProtectedVariables protectedVariables = new ProtectedVariables(inquiries);
        BEANS.put("respondTaskCompletionListener", new RespondTaskCompletionListener(protectedVariables));
        BEANS.put("escalationTaskCompletionListener", new EscalationTaskCompletionListener(protectedVariables));
        BEANS.put("escalationClosedListener", new EscalationClosedListener(inquiries));
        BEANS.put("responseClockDelegate", new ResponseClockDelegate(sla));
        BEANS.put("returnToPersonDelegate", new ReturnToPersonDelegate(inquiries, assignments, sla));
        BEANS.put("recordReplyDelegate", new RecordReplyDelegate(inquiries, sla, replyDelivery));
        BEANS.put("updateStatusDelegate", new UpdateStatusDelegate(inquiries));
        BEANS.put("transferInquiryDelegate", new TransferInquiryDelegate(handOver));
        BEANS.put("escalateInquiryDelegate", new EscalateInquiryDelegate(handOver));
        BEANS.put("awaitCustomerDelegate", new AwaitCustomerDelegate(inquiries, sla));
        BEANS.put("markResolvedDelegate", new MarkResolvedDelegate(inquiries, sla, mock(com.inquirydesk.survey.SurveyService.class)));
        BEANS.put("customerReturnedDelegate", new CustomerReturnedDelegate(inquiries, sla));
        BEANS.put("slaWarningDelegate", new SlaWarningDelegate(sla, slaNotices));
        BEANS.put("slaBreachDelegate", new SlaBreachDelegate(sla, slaNotices));
        BEANS.put("escalationDecisionDelegate", new EscalationDecisionDelegate(escalations));
        BEANS.put("sendReminderDelegate", new SendReminderDelegate(customerNotices, sla,
                new InquiryDeskProperties("http://localhost:8080", ZoneId.of("Asia/Seoul"), null, null, null, null, null)));
        BEANS.put("autoCloseDelegate", new AutoCloseDelegate(inquiries, customerNotices));
        BEANS.put("agentRequestedDelegate", new AgentRequestedDelegate(agentRequests));
        BEANS.put("closeInquiryDelegate", new CloseInquiryDelegate(inquiries));

        ClockUtil.setCurrentTime(Date.from(T0));
        org.mockito.Mockito.doAnswer(call -> running = null).when(sla).answered(INQUIRY_ID);
        when(sla.waitingOnCustomer(INQUIRY_ID)).thenReturn(REMINDER_AT);
        when(sla.autoCloseAfterReminder()).thenReturn(AUTO_CLOSE_AT);
        when(sla.resolved(INQUIRY_ID)).thenReturn(REOPEN_UNTIL);
        when(sla.warn(INQUIRY_ID)).thenReturn(true);
        when(sla.breach(INQUIRY_ID)).thenReturn(Priority.URGENT);
        when(agentRequests.handle(anyLong(), any(), any(), any()))
                .thenReturn(new AgentRequestService.Handled(Priority.URGENT, DUE_AT, false));
        when(inquiries.identity(CODE)).thenReturn(new InquiryIdentity(INQUIRY_ID, CODE, 5L, null));
        // Like SlaService: the running clock stands while it has time left, otherwise a fresh one starts now.
        when(sla.startFirstResponse(INQUIRY_ID)).thenAnswer(call -> running = new ResponseClock(DUE_AT, WARN_AT));
        when(sla.customerReturned(INQUIRY_ID)).thenAnswer(call -> running = new ResponseClock(
                DUE_AT.plus(Duration.ofDays(3)), WARN_AT.plus(Duration.ofDays(3))));
        when(sla.personRequested(eq(INQUIRY_ID), any())).thenAnswer(call -> running = new ResponseClock(
                call.getArgument(1), ClockUtil.getCurrentTime().toInstant()));
        when(sla.runningClock(INQUIRY_ID)).thenAnswer(call -> {
            Instant now = ClockUtil.getCurrentTime().toInstant();
            if (running == null || !running.dueAt().isAfter(now)) {
                running = new ResponseClock(now.plus(FRESH_BUDGET), now.plus(FRESH_BUDGET.multipliedBy(4).dividedBy(5)));
            }
            return running;
        });
        when(inquiries.respondContext(anyLong())).thenReturn(new RespondContext("결제", "첫 방문 위주 병원",
                "이전 문의 1건, 최근 담당자 kim", "카드 결제가 두 번 됐어요", "http://localhost:8080/desk/inquiries/" + CODE,
                "주문 번호: 20261201-123456"));
    }

    @Test
    void happyPathRepliesWaitsForTheCustomerAndClosesWhenResolved() {
        analysed("BILLING", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-billing")).thenReturn("kim");

        ProcessInstance inquiry = start("BILLING", "WEB");
        Task respond = reachRespondTask(inquiry);

        assertThat(respond).isAssignedTo("kim");
        Assertions.assertThat(candidateGroups(respond)).containsExactly("agents-billing");
        Assertions.assertThat(respond.getDueDate()).isEqualTo(Date.from(DUE_AT));
        assertThat(inquiry).variables().containsEntry("priority", "HIGH").containsEntry("customerMessage", "카드 결제가 두 번 됐어요");
        verify(acknowledgement).execute(any());

        complete(respond, withVariables("reply", "확인해 보니 이중 승인이었습니다. 취소해 드렸어요 😊", "outcome", "replied"));
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_WAIT_FOR_CUSTOMER);
        verify(inquiries).recordReply(INQUIRY_ID, "확인해 보니 이중 승인이었습니다. 취소해 드렸어요 😊", "kim");
        verify(replyDelivery).queueReply(INQUIRY_ID, "확인해 보니 이중 승인이었습니다. 취소해 드렸어요 😊", "kim");
        assertThat(inquiry).variables().doesNotContainKey("reply");

        customerReplies();
        Task again = task(inquiry);
        assertThat(again).isAssignedTo("kim");
        Assertions.assertThat(again.getId()).isNotEqualTo(respond.getId());

        complete(again, withVariables("reply", "감사합니다. 더 필요하시면 언제든 말씀해 주세요.", "outcome", "resolved"));

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_REOPEN_WINDOW);
        moveClockTo(REOPEN_UNTIL);
        execute(timer(InquiryLifecycle.EVENT_REOPEN_WINDOW_OVER));

        assertThat(inquiry).isEnded().hasPassed("Task_MarkResolved", "Task_CloseInquiry", InquiryLifecycle.END_CLOSED);
        InOrder statuses = inOrder(inquiries);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.WAITING_CUSTOMER);
        statuses.verify(inquiries).customerReturned(INQUIRY_ID);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.RESOLVED);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.CLOSED);
        verify(sla, times(2)).answered(INQUIRY_ID);
        verify(assignments, times(1)).assign(anyLong(), anyString());
    }

    @Test
    void duplicateFromAnotherChannelIsMergedIntoTheOpenInquiry() {
        analysed("CONTRACT", false, 7L);

        ProcessInstance inquiry = start("CONTRACT", "EMAIL");

        assertThat(inquiry).isEnded().hasPassed("Task_MergeDuplicate", InquiryLifecycle.END_MERGED)
                .hasNotPassed("Task_TriageInquiry", "Task_SendAcknowledgement", InquiryLifecycle.TASK_RESPOND);
        verify(merges).merge(INQUIRY_ID, 7L);
        verify(acknowledgement, never()).execute(any());
    }

    @Test
    void discomfortRaisesThePriorityBeforeTheAcknowledgementWithTheApologyIsSent() {
        analysed("GENERAL", true, null);
        when(assignments.assign(INQUIRY_ID, "agents-general")).thenReturn("kim");

        ProcessInstance inquiry = start("GENERAL", "WEB");

        assertThat(inquiry).isWaitingAt("Task_SendAcknowledgement");
        assertThat(inquiry).variables().containsEntry("priority", "HIGH").containsEntry("slaPolicy", "PRIORITY")
                .containsEntry("discomfort", true);
        verify(triage).recordTriage(INQUIRY_ID, Priority.HIGH, "PRIORITY");
        Task respond = reachRespondTask(inquiry);
        verify(acknowledgement).execute(any());
        Assertions.assertThat(respond.getPriority()).isEqualTo(Priority.HIGH.taskPriority());
    }

    @Test
    void calmGeneralInquiryKeepsNormalPriority() {
        analysed("GENERAL", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-general")).thenReturn("kim");

        ProcessInstance inquiry = start("GENERAL", "APP");

        assertThat(inquiry).variables().containsEntry("priority", "NORMAL").containsEntry("slaPolicy", "STANDARD");
        Assertions.assertThat(reachRespondTask(inquiry).getPriority()).isEqualTo(Priority.NORMAL.taskPriority());
    }

    @Test
    void previousAgentChosenByTheAssignmentGetsTheTask() {
        analysed("RETURN", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-returns")).thenReturn("lee");

        Task respond = reachRespondTask(start("RETURN", "CHAT"));

        assertThat(respond).isAssignedTo("lee");
        Assertions.assertThat(candidateGroups(respond)).containsExactly("agents-returns");
    }

    @Test
    void withNobodyFreeTheTaskWaitsUnassignedInTheGroupQueue() {
        analysed("TECHNICAL", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-tech")).thenReturn(null);

        Task respond = reachRespondTask(start("TECHNICAL", "WEB"));

        assertThat(respond).isNotAssigned();
        Assertions.assertThat(candidateGroups(respond)).containsExactly("agents-tech");
        Assertions.assertThat(taskService().createTaskQuery().taskCandidateGroup("agents-tech").count()).isOne();
    }

    @Test
    void customerReplyReturnsToTheAgentWhoClaimedAndAnsweredFromTheQueue() {
        analysed("TECHNICAL", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-tech")).thenReturn(null);
        ProcessInstance inquiry = start("TECHNICAL", "WEB");
        Task respond = reachRespondTask(inquiry);

        taskService().claim(respond.getId(), "park");
        complete(respond, withVariables("reply", "앱을 최신 버전으로 업데이트해 보시겠어요?", "outcome", "replied"));
        customerReplies();

        assertThat(task(inquiry)).isAssignedTo("park");
        verify(assignments, times(1)).assign(anyLong(), anyString());
    }

    @Test
    void transferMovesTheInquiryToTheChosenGroupAndAssignsThere() {
        analysed("GENERAL", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-general")).thenReturn("kim");
        when(assignments.assign(INQUIRY_ID, "agents-contracts")).thenReturn("lee");
        ProcessInstance inquiry = start("GENERAL", "WEB");

        complete(reachRespondTask(inquiry), withVariables("outcome", "transfer", "transferGroup", "agents-contracts",
                "reply", "계약 해지 건이라 계약 담당으로 넘깁니다"));

        Task transferred = task(inquiry);
        assertThat(transferred).isAssignedTo("lee");
        Assertions.assertThat(candidateGroups(transferred)).containsExactly("agents-contracts");
        verify(handOver).handOver(INQUIRY_ID, "agents-general", "agents-contracts", "kim");
        verify(inquiries).addNote(INQUIRY_ID, "계약 해지 건이라 계약 담당으로 넘깁니다", "kim");
        verify(inquiries, never()).recordReply(anyLong(), anyString(), anyString());
    }

    @Test
    void escalationHandsTheInquiryToTierTwo() {
        analysed("TECHNICAL", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-tech")).thenReturn("park");
        when(assignments.assign(INQUIRY_ID, InquiryLifecycle.TIER2_GROUP)).thenReturn(null);
        ProcessInstance inquiry = start("TECHNICAL", "WEB");

        complete(reachRespondTask(inquiry), withVariables("outcome", "escalate"));

        Task escalated = task(inquiry);
        assertThat(escalated).isNotAssigned();
        Assertions.assertThat(candidateGroups(escalated)).containsExactly(InquiryLifecycle.TIER2_GROUP);
        verify(handOver).handOver(INQUIRY_ID, "agents-tech", InquiryLifecycle.TIER2_GROUP, "park");
    }

    @Test
    void anAnswerWithoutOutcomeOrTextIsRefusedAndTheTaskStays() {
        analysed("BILLING", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-billing")).thenReturn("kim");
        ProcessInstance inquiry = start("BILLING", "WEB");
        Task respond = reachRespondTask(inquiry);

        assertThatThrownBy(() -> taskService().complete(respond.getId(), Map.of("reply", "답변만 있어요")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("outcome");
        assertThatThrownBy(() -> taskService().complete(respond.getId(), Map.of("outcome", "resolved")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reply");
        assertThatThrownBy(() -> taskService().complete(respond.getId(), Map.of("outcome", "transfer")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("transferGroup");

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        verify(inquiries, never()).recordReply(anyLong(), anyString(), anyString());
    }

    @ParameterizedTest
    @CsvSource({"GENERAL, agents-general", "BILLING, agents-billing", "RETURN, agents-returns",
            "CONTRACT, agents-contracts", "TECHNICAL, agents-tech", "ACCOUNT, agents-general", "OTHER, agents-general"})
    void routingTableSendsEachCategoryToItsGroup(String category, String group) {
        analysed(category, false, null);
        when(assignments.assign(INQUIRY_ID, group)).thenReturn(null);

        Task respond = reachRespondTask(start(category, "WEB"));

        Assertions.assertThat(candidateGroups(respond)).containsExactly(group);
    }

    @Test
    void responseWarningAtEightyPercentNotifiesAndKeepsTheTask() {
        ProcessInstance inquiry = handlingBy("kim");

        moveClockTo(WARN_AT);
        execute(timer(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_WARNING));

        assertThat(inquiry).hasPassed("Task_WarnResponseSla").isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        verify(sla).warn(INQUIRY_ID);
        verify(slaNotices).warnResponsible(INQUIRY_ID);
        verify(slaNotices, never()).reportBreach(anyLong());
    }

    @Test
    void breachRaisesPriorityAndOpensAnEscalationForSupervisors() {
        ProcessInstance inquiry = handlingBy("kim");
        Task respond = task(inquiry);

        moveClockTo(DUE_AT);
        execute(timer(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_BREACHED));

        verify(sla).breach(INQUIRY_ID);
        verify(slaNotices).reportBreach(INQUIRY_ID);
        Assertions.assertThat(taskService().createTaskQuery().taskId(respond.getId()).singleResult().getPriority())
                .isEqualTo(Priority.URGENT.taskPriority());
        Task escalation = taskService().createTaskQuery().processInstanceId(inquiry.getId())
                .taskDefinitionKey(InquiryLifecycle.TASK_HANDLE_ESCALATION).initializeFormKeys().singleResult();
        Assertions.assertThat(candidateGroups(escalation)).containsExactly("supervisors");
        Assertions.assertThat(escalation.getCamundaFormRef().getKey()).isEqualTo("handleEscalation");

        var lee = engine.getProcessEngine().getIdentityService().newUser("lee");
        engine.getProcessEngine().getIdentityService().saveUser(lee);
        when(escalations.apply(eq(INQUIRY_ID), eq(inquiry.getId()), eq(EscalationService.Action.reassignAgent), eq("lee"),
                any(), eq("경험 많은 상담원에게 넘깁니다"), any())).thenReturn(new EscalationService.Decision("lee", "agents-billing"));
        complete(escalation, withVariables("escalationAction", "reassignAgent", "escalationAgent", "lee",
                "escalationNote", "경험 많은 상담원에게 넘깁니다"));

        assertThat(inquiry).hasPassed("Task_ApplyEscalationDecision", "EndEvent_EscalationHandled")
                .isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        assertThat(inquiry).variables().containsEntry("assignee", "lee");
    }

    @Test
    void silenceAfterAnAnswerBringsOneReminderThenAPoliteAutoClose() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));
        verify(sla).waitingOnCustomer(INQUIRY_ID);

        moveClockTo(REMINDER_AT);
        execute(timer(InquiryLifecycle.EVENT_REMINDER_DUE));

        verify(customerNotices).send(eq(INQUIRY_ID), eq(CustomerNoticeService.REMINDER), any());
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_WAIT_AFTER_REMINDER);

        moveClockTo(AUTO_CLOSE_AT);
        execute(timer(InquiryLifecycle.EVENT_AUTO_CLOSE_DUE));

        assertThat(inquiry).isEnded().hasPassed(InquiryLifecycle.END_AUTO_CLOSED);
        verify(customerNotices).send(eq(INQUIRY_ID), eq(CustomerNoticeService.AUTO_CLOSE_NOTICE), any());
        verify(inquiries).close(INQUIRY_ID, "NO_RESPONSE");
    }

    @Test
    void replyAfterTheReminderGoesBackToTheSameAgentWithAFreshClock() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));
        moveClockTo(REMINDER_AT);
        execute(timer(InquiryLifecycle.EVENT_REMINDER_DUE));

        customerReplies();

        Task back = task(inquiry);
        assertThat(back).isAssignedTo("kim");
        Assertions.assertThat(back.getDueDate()).isEqualTo(Date.from(DUE_AT.plus(Duration.ofDays(3))));
        verify(inquiries).customerReturned(INQUIRY_ID);
        verify(sla).customerReturned(INQUIRY_ID);
        Assertions.assertThat(managementService().createJobQuery().activityId(InquiryLifecycle.EVENT_AUTO_CLOSE_DUE).count())
                .as("the auto-close timer is gone").isZero();
    }

    @Test
    void customerReplyWithinTheReopenWindowReopensForTheSameAgent() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "처리되었습니다.", "outcome", "resolved"));
        verify(sla).resolved(INQUIRY_ID);
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_REOPEN_WINDOW);

        moveClockTo(REOPEN_UNTIL.minus(Duration.ofHours(1)));
        customerReplies();

        assertThat(task(inquiry)).isAssignedTo("kim");
        verify(inquiries).customerReturned(INQUIRY_ID);
        verify(sla).customerReturned(INQUIRY_ID);
        verify(inquiries, never()).changeStatus(INQUIRY_ID, InquiryStatus.CLOSED);
    }

    @Test
    void agentRequestWhileWaitingOnTheCustomerBringsTheInquiryBackToThePreviousAgentDueAtThePromisedTime() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));
        moveClockTo(T0.plus(Duration.ofHours(1)));
        Instant promised = T0.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(30));
        when(assignments.keepIfAvailable(INQUIRY_ID, "agents-billing", "kim")).thenReturn("kim");

        requestAgent(promised);

        Task respond = task(inquiry);
        assertThat(respond).isAssignedTo("kim");
        Assertions.assertThat(respond.getDueDate()).isEqualTo(Date.from(promised));
        Assertions.assertThat(respond.getPriority()).isEqualTo(Priority.URGENT.taskPriority());
        assertThat(inquiry).hasPassed(InquiryLifecycle.EVENT_PERSON_REQUESTED_WHILE_WAITING,
                InquiryLifecycle.TASK_RETURN_TO_PERSON).variables().containsEntry("personRequested", false);
        verify(agentRequests).handle(eq(INQUIRY_ID), eq("kim"), eq("agents-billing"), eq(promised));
        verify(inquiries).customerReturned(INQUIRY_ID);
        verify(sla).personRequested(INQUIRY_ID, promised);
        Assertions.assertThat(managementService().createJobQuery().activityId(InquiryLifecycle.EVENT_REMINDER_DUE).count())
                .as("no reminder for a customer who asked for a person").isZero();
    }

    @Test
    void agentRequestAfterTheReminderAlsoReachesAPerson() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));
        moveClockTo(REMINDER_AT);
        execute(timer(InquiryLifecycle.EVENT_REMINDER_DUE));
        when(assignments.keepIfAvailable(INQUIRY_ID, "agents-billing", "kim")).thenReturn(null);

        requestAgent(REMINDER_AT.plus(Duration.ofMinutes(30)));

        assertThat(inquiry).hasPassed(InquiryLifecycle.EVENT_PERSON_REQUESTED_AFTER_REMINDER);
        Task respond = task(inquiry);
        assertThat(respond).isNotAssigned();
        Assertions.assertThat(candidateGroups(respond)).containsExactly("agents-billing");
        Assertions.assertThat(managementService().createJobQuery().activityId(InquiryLifecycle.EVENT_AUTO_CLOSE_DUE).count())
                .as("no auto-close while a person owes the answer").isZero();
    }

    @Test
    void agentRequestInTheReopenWindowReopensTheInquiryForAPerson() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "처리되었습니다.", "outcome", "resolved"));
        Instant promised = T0.plus(Duration.ofMinutes(30));
        when(assignments.keepIfAvailable(INQUIRY_ID, "agents-billing", "kim")).thenReturn("kim");

        requestAgent(promised);

        assertThat(inquiry).hasPassed(InquiryLifecycle.EVENT_PERSON_REQUESTED_AFTER_RESOLUTION);
        assertThat(task(inquiry)).isAssignedTo("kim");
        Assertions.assertThat(task(inquiry).getDueDate()).isEqualTo(Date.from(promised));
        verify(inquiries).customerReturned(INQUIRY_ID);
        Assertions.assertThat(managementService().createJobQuery().activityId(InquiryLifecycle.EVENT_REOPEN_WINDOW_OVER)
                .count()).as("the reopen window closed with the request").isZero();
    }

    @Test
    void agentRequestWhileAnAgentWorksCreatesNoSecondTask() {
        ProcessInstance inquiry = handlingBy("kim");

        requestAgent(DUE_AT);

        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(inquiry.getId()).count()).isOne();
        assertThat(inquiry).hasNotPassed(InquiryLifecycle.TASK_RETURN_TO_PERSON);
        verify(assignments, never()).keepIfAvailable(anyLong(), any(), any());
    }

    @Test
    void escalationStillOpenWhenTheAgentAnswersEndsWithTheRespondStep() {
        ProcessInstance inquiry = handlingBy("kim");
        moveClockTo(DUE_AT);
        execute(timer(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_BREACHED));
        Task escalation = escalationTask(inquiry);

        complete(respondTask(inquiry), withVariables("reply", "늦어서 죄송합니다. 환불 처리했습니다.", "outcome", "replied"));

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.GATEWAY_WAIT_FOR_CUSTOMER)
                .hasPassed(InquiryLifecycle.END_RESPOND_STEP_DONE)
                .hasNotPassed(InquiryLifecycle.TASK_APPLY_ESCALATION_DECISION);
        Assertions.assertThat(taskService().createTaskQuery().taskId(escalation.getId()).count())
                .as("the supervisor's task ended with the answer").isZero();
        assertThatThrownBy(() -> taskService().complete(escalation.getId(),
                Map.of("escalationAction", "reassignAgent", "escalationAgent", "kim")))
                .as("a late decision has nothing to change").isInstanceOf(ProcessEngineException.class);
        verify(inquiries).addNote(eq(INQUIRY_ID), org.mockito.ArgumentMatchers.startsWith("[에스컬레이션]"), eq(null));
        verify(escalations, never()).apply(anyLong(), any(), any(), any(), any(), any(), any());

        customerReplies();

        assertThat(respondTask(inquiry)).isAssignedTo("kim");
        verify(inquiries, never()).changeStatus(INQUIRY_ID, InquiryStatus.OPEN);
    }

    @Test
    void breachThenTransferGivesTheNewRespondTaskAFreshDueAndRaisesThePriorityOnce() {
        ProcessInstance inquiry = handlingBy("kim");
        when(assignments.assign(INQUIRY_ID, "agents-contracts")).thenReturn("lee");
        moveClockTo(DUE_AT);
        execute(timer(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_BREACHED));
        moveClockTo(DUE_AT.plus(Duration.ofMinutes(10)));

        complete(respondTask(inquiry), withVariables("outcome", "transfer", "transferGroup", "agents-contracts"));

        Task transferred = respondTask(inquiry);
        Instant freshDue = DUE_AT.plus(Duration.ofMinutes(10)).plus(FRESH_BUDGET);
        assertThat(transferred).isAssignedTo("lee");
        Assertions.assertThat(transferred.getDueDate()).isEqualTo(Date.from(freshDue));
        Assertions.assertThat(timer(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_BREACHED).getDuedate())
                .isEqualTo(Date.from(freshDue));
        Assertions.assertThat(managementService().createJobQuery().timers().duedateLowerThan(
                ClockUtil.getCurrentTime()).count()).as("nothing is overdue at once").isZero();
        Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey(InquiryLifecycle.TASK_HANDLE_ESCALATION)
                .count()).as("the escalation belonged to kim's step").isZero();
        verify(sla, times(1)).breach(INQUIRY_ID);
        verify(slaNotices, times(1)).reportBreach(INQUIRY_ID);
    }

    @Test
    void customerReplyThatArrivedBetweenStepsGoesStraightBackToTheAgent() {
        ProcessInstance inquiry = handlingBy("kim");
        when(inquiries.customerWroteSinceLastAnswer(INQUIRY_ID)).thenReturn(true);

        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));

        assertThat(inquiry).hasPassed(InquiryLifecycle.GATEWAY_REPLY_ALREADY_IN, "Task_ReopenForAgent")
                .isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        assertThat(task(inquiry)).isAssignedTo("kim");
        Assertions.assertThat(managementService().createJobQuery().activityId(InquiryLifecycle.EVENT_REMINDER_DUE).count())
                .as("not treated as silence").isZero();
    }

    @Test
    void completionThatPointsTheTaskAtAnotherInquiryIsRefusedAndChangesNothing() {
        ProcessInstance inquiry = handlingBy("kim");
        Task respond = task(inquiry);

        assertThatThrownBy(() -> taskService().complete(respond.getId(),
                Map.of("inquiryId", 3L, "outcome", "resolved", "reply", "다른 문의를 닫아 봅니다")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("inquiryId");
        assertThatThrownBy(() -> taskService().complete(respond.getId(),
                Map.of("customerId", 9L, "outcome", "replied", "reply", "…")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("customerId");
        assertThatThrownBy(() -> taskService().complete(respond.getId(),
                Map.of("candidateGroup", "agents-tech", "outcome", "replied", "reply", "…")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("candidateGroup");
        assertThatThrownBy(() -> taskService().complete(respond.getId(),
                Map.of("inquiryCode", "INQ-20261123-000003", "outcome", "replied", "reply", "…")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("inquiryCode");

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND).variables()
                .containsEntry("inquiryId", INQUIRY_ID).containsEntry("candidateGroup", "agents-billing");
        verify(inquiries, never()).recordReply(anyLong(), anyString(), any());
        verify(inquiries, never()).changeStatus(anyLong(), any());
    }

    @Test
    void theReplyIsCreditedToTheUserWhoCompletedTheTaskNotToTheAssigneeField() {
        ProcessInstance inquiry = handlingBy("kim");
        engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("park");
        try {
            complete(task(inquiry), withVariables("reply", "제가 대신 답변드립니다.", "outcome", "replied",
                    "assignee", "lee"));
        } finally {
            engine.getProcessEngine().getIdentityService().clearAuthentication();
        }

        verify(inquiries).recordReply(INQUIRY_ID, "제가 대신 답변드립니다.", "park");
        assertThat(inquiry).variables().containsEntry("assignee", "park");
    }

    @Test
    void escalationDecisionWithoutAKnownChoiceIsRefusedAndTheTaskStays() {
        ProcessInstance inquiry = handlingBy("kim");
        moveClockTo(DUE_AT);
        execute(timer(InquiryLifecycle.BOUNDARY_RESPONSE_SLA_BREACHED));
        Task escalation = escalationTask(inquiry);

        assertThatThrownBy(() -> taskService().complete(escalation.getId(), Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("escalationAction");
        assertThatThrownBy(() -> taskService().complete(escalation.getId(), Map.of("escalationAction", "fireEveryone")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("escalationAction");
        assertThatThrownBy(() -> taskService().complete(escalation.getId(),
                Map.of("escalationAction", "reassignAgent", "escalationAgent", "nobody")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("escalationAgent");
        assertThatThrownBy(() -> taskService().complete(escalation.getId(),
                Map.of("escalationAction", "reassignGroup", "escalationGroup", "product-team")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("escalationGroup");
        assertThatThrownBy(() -> taskService().complete(escalation.getId(),
                Map.of("escalationAction", "takeOver", "inquiryId", 3L)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("inquiryId");

        Assertions.assertThat(taskService().createTaskQuery().taskId(escalation.getId()).count()).isOne();
        verify(escalations, never()).apply(anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void agentRequestWhileAnAgentWorksRaisesTheOpenTasksPriority() {
        ProcessInstance inquiry = handlingBy("kim");

        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_AGENT_REQUESTED).processInstanceBusinessKey(CODE).correlate();

        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND).hasPassed("Task_HandleAgentRequest");
        Assertions.assertThat(task(inquiry).getPriority()).isEqualTo(Priority.URGENT.taskPriority());
    }

    @Test
    void articleThatSolvedItClosesTheInquiryAsSelfServed() {
        ProcessInstance inquiry = handlingBy("kim");

        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_RESOLVED_BY_SELF_SERVICE)
                .processInstanceBusinessKey(CODE).correlate();

        assertThat(inquiry).isEnded().hasPassed("EndEvent_SelfResolved");
        verify(inquiries).close(INQUIRY_ID, "SELF_SERVICE");
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(inquiry.getId()).count()).isZero();
    }

    @Test
    void withdrawalClosesTheInquiryWhileItWaitsOnTheCustomer() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));

        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_INQUIRY_WITHDRAWN)
                .processInstanceBusinessKey(CODE).correlate();

        assertThat(inquiry).isEnded().hasPassed("EndEvent_InquiryWithdrawn");
        verify(inquiries).close(INQUIRY_ID, "WITHDRAWN");
    }

    @Test
    void resolutionBudgetPausesWhileWaitingAndResumesWhenTheCustomerIsBack() {
        ProcessInstance inquiry = handlingBy("kim");
        complete(task(inquiry), withVariables("reply", "확인 부탁드립니다.", "outcome", "replied"));
        customerReplies();

        InOrder clock = inOrder(sla);
        clock.verify(sla).startFirstResponse(INQUIRY_ID);
        clock.verify(sla).answered(INQUIRY_ID);
        clock.verify(sla).waitingOnCustomer(INQUIRY_ID);
        clock.verify(sla).customerReturned(INQUIRY_ID);
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND);
    }

    private void requestAgent(Instant promised) {
        when(agentRequests.handle(anyLong(), any(), any(), eq(promised)))
                .thenReturn(new AgentRequestService.Handled(Priority.URGENT, promised, false));
        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_AGENT_REQUESTED).processInstanceBusinessKey(CODE)
                .setVariablesToTriggeredScope(Map.of(AgentRequestedDelegate.EXPECTED_BY, Date.from(promised)))
                .correlate();
    }

    private static Task respondTask(ProcessInstance inquiry) {
        return taskService().createTaskQuery().processInstanceId(inquiry.getId())
                .taskDefinitionKey(InquiryLifecycle.TASK_RESPOND).singleResult();
    }

    private static Task escalationTask(ProcessInstance inquiry) {
        return taskService().createTaskQuery().processInstanceId(inquiry.getId())
                .taskDefinitionKey(InquiryLifecycle.TASK_HANDLE_ESCALATION).singleResult();
    }

    private ProcessInstance handlingBy(String agent) {
        analysed("BILLING", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-billing")).thenReturn(agent);
        ProcessInstance inquiry = start("BILLING", "WEB");
        reachRespondTask(inquiry);
        return inquiry;
    }

    private static Job timer(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    private static void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        var identity = engine.getProcessEngine().getIdentityService();
        identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
    }

    private void customerReplies() {
        runtimeService().createMessageCorrelation(InquiryLifecycle.MSG_CUSTOMER_REPLIED)
                .processInstanceBusinessKey(CODE).correlate();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private void analysed(String category, boolean discomfort, Long duplicateOf) {
        when(triage.analyse(INQUIRY_ID)).thenReturn(new TriageService.Analysis(category, discomfort, duplicateOf,
                duplicateOf == null ? null : "INQ-20261123-000007"));
    }

    private ProcessInstance start(String category, String channel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inquiryId", INQUIRY_ID);
        variables.put("inquiryCode", CODE);
        variables.put("customerId", 5L);
        variables.put("channel", channel);
        variables.put("category", category);
        variables.put("customerTier", "STANDARD");
        return runtimeService().startProcessInstanceByKey(InquiryLifecycle.PROCESS_KEY, CODE, variables);
    }

    private Task reachRespondTask(ProcessInstance inquiry) {
        assertThat(inquiry).isWaitingAt("Task_SendAcknowledgement");
        execute(job());
        assertThat(inquiry).isWaitingAt("Task_RouteInquiry");
        execute(job());
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.TASK_RESPOND);
        return task(inquiry);
    }
}
