package com.inquirydesk.inquiry;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.assignment.AssignAgentDelegate;
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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
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
        "processes/inquiry-routing.dmn"})
class InquiryLifecycleProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(buildEngine()).build();

    static final long INQUIRY_ID = 42L;
    static final String CODE = "INQ-20261123-000042";

    TriageService triage = mock(TriageService.class);
    MergeService merges = mock(MergeService.class);
    AssignmentService assignments = mock(AssignmentService.class);
    InquiryService inquiries = mock(InquiryService.class);
    HandOverService handOver = mock(HandOverService.class);
    SendAcknowledgementDelegate acknowledgement = mock(SendAcknowledgementDelegate.class);

    static ProcessEngine buildEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:inquiry-lifecycle-process-test;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(BEANS);
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void wireDelegates() {
        BEANS.put("analyseInquiryDelegate", new AnalyseInquiryDelegate(triage));
        BEANS.put("mergeDuplicateDelegate", new MergeDuplicateDelegate(merges));
        BEANS.put("recordTriageDelegate", new RecordTriageDelegate(triage));
        BEANS.put("sendAcknowledgementDelegate", acknowledgement);
        BEANS.put("assignAgentDelegate", new AssignAgentDelegate(assignments));
        BEANS.put("respondTaskContextListener", new RespondTaskContextListener(inquiries));
        BEANS.put("respondTaskCompletionListener", new RespondTaskCompletionListener());
        BEANS.put("recordReplyDelegate", new RecordReplyDelegate(inquiries));
        BEANS.put("updateStatusDelegate", new UpdateStatusDelegate(inquiries));
        BEANS.put("transferInquiryDelegate", new TransferInquiryDelegate(handOver));
        BEANS.put("escalateInquiryDelegate", new EscalateInquiryDelegate(handOver));

        when(triage.recordTriage(anyLong(), any(), anyString())).thenReturn(Instant.parse("2026-11-23T06:00:00Z"));
        when(inquiries.respondContext(anyLong())).thenReturn(new RespondContext("결제", "첫 방문 위주 병원",
                "이전 문의 1건, 최근 담당자 kim", "카드 결제가 두 번 됐어요", "http://localhost:8080/desk/inquiries/" + CODE));
    }

    @Test
    void happyPathRepliesWaitsForTheCustomerAndClosesWhenResolved() {
        analysed("BILLING", false, null);
        when(assignments.assign(INQUIRY_ID, "agents-billing")).thenReturn("kim");

        ProcessInstance inquiry = start("BILLING", "WEB");
        Task respond = reachRespondTask(inquiry);

        assertThat(respond).isAssignedTo("kim");
        Assertions.assertThat(candidateGroups(respond)).containsExactly("agents-billing");
        Assertions.assertThat(respond.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-23T06:00:00Z")));
        assertThat(inquiry).variables().containsEntry("priority", "HIGH").containsEntry("customerMessage", "카드 결제가 두 번 됐어요");
        verify(acknowledgement).execute(any());

        complete(respond, withVariables("reply", "확인해 보니 이중 승인이었습니다. 취소해 드렸어요 😊", "outcome", "replied"));
        assertThat(inquiry).isWaitingAt(InquiryLifecycle.EVENT_CUSTOMER_REPLIED);
        verify(inquiries).recordReply(INQUIRY_ID, "확인해 보니 이중 승인이었습니다. 취소해 드렸어요 😊", "kim");
        assertThat(inquiry).variables().doesNotContainKey("reply");

        customerReplies();
        Task again = task(inquiry);
        assertThat(again).isAssignedTo("kim");
        Assertions.assertThat(again.getId()).isNotEqualTo(respond.getId());

        complete(again, withVariables("reply", "감사합니다. 더 필요하시면 언제든 말씀해 주세요.", "outcome", "resolved"));

        assertThat(inquiry).isEnded().hasPassed("Task_MarkResolved", "Task_CloseInquiry", InquiryLifecycle.END_CLOSED);
        InOrder statuses = inOrder(inquiries);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.WAITING_CUSTOMER);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.OPEN);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.RESOLVED);
        statuses.verify(inquiries).changeStatus(INQUIRY_ID, InquiryStatus.CLOSED);
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
