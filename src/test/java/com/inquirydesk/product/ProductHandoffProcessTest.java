package com.inquirydesk.product;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * processes/product-handoff.bpmn on an in-memory engine. Delegates, listeners and the engine adapter are
 * the real ones; the hand-off service behind them is a mock, so each test states what the diagram does.
 */
@Deployment(resources = {"processes/product-handoff.bpmn", "forms/triage-product-feedback.form"})
class ProductHandoffProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("product-handoff-process-test", BEANS);

    static final long FEEDBACK_ID = 11L;
    static final String FEATURE = "app-login";
    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final Duration REMINDER_AFTER = Duration.ofDays(2);

    static final HandoffContext FIRST_REPORT = new HandoffContext("지문 로그인이 실패함", 1, 1,
            "INQ-20261123-000001 · 지문 로그인이 실패함", "http://localhost:8080/desk/inquiries/INQ-20261123-000001");
    static final HandoffContext AFTER_SECOND_REPORT = new HandoffContext("지문 로그인이 실패함", 2, 2,
            "INQ-20261123-000002 · 업데이트 뒤 로그인 화면이 멈춤\nINQ-20261123-000001 · 지문 로그인이 실패함",
            "http://localhost:8080/desk/inquiries/INQ-20261123-000002");

    ProductHandoffService handoffs = mock(ProductHandoffService.class);
    ProductHold hold = mock(ProductHold.class);
    ProductHandoffProcess process;

    @BeforeEach
    void wireDelegates() {
        AbstractAssertions.init(engine.getProcessEngine());
        // Task names for Tasklist are not what these tests are about.
        BEANS.put("taskCaptionListener", (TaskListener) task -> { });
        BEANS.put("triageTaskContextListener", new TriageTaskContextListener(handoffs));
        BEANS.put("triageTaskCompletionListener", new TriageTaskCompletionListener());
        BEANS.put("recordTriageDecisionDelegate", new RecordTriageDecisionDelegate(handoffs, hold));
        BEANS.put("remindProductTeamDelegate", new RemindProductTeamDelegate(handoffs));
        BEANS.put("refreshTriageContextDelegate", new RefreshTriageContextDelegate(handoffs));
        BEANS.put("markFixReleasedDelegate", new MarkFixReleasedDelegate(handoffs));
        BEANS.put("notifyLinkedCustomersDelegate", new NotifyLinkedCustomersDelegate(handoffs, hold));
        process = new ProductHandoffProcess(runtimeService());

        ClockUtil.setCurrentTime(Date.from(T0));
        when(handoffs.context(FEEDBACK_ID)).thenReturn(FIRST_REPORT);
        when(handoffs.markReleased(anyLong(), anyString())).thenAnswer(call -> call.getArgument(1));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void newHandoffWaitsForTheProductTeamWithTheReportOnTheForm() {
        ProcessInstance handoff = started(FEEDBACK_ID);

        assertThat(handoff).isWaitingAt(ProductHandoff.TASK_TRIAGE);
        Task triage = task(handoff);
        Assertions.assertThat(candidateGroups(triage)).containsExactly(ProductHandoff.PRODUCT_TEAM);
        Assertions.assertThat(handoff.getBusinessKey()).isEqualTo(FEATURE);
        Assertions.assertThat(formKey(triage)).isEqualTo(ProductHandoff.FORM_TRIAGE);
        assertThat(handoff).variables()
                .containsEntry(ProductHandoffVariables.FEATURE_KEY, FEATURE)
                .containsEntry(ProductHandoffVariables.FEATURE_TITLE, "지문 로그인이 실패함")
                .containsEntry(ProductHandoffVariables.AFFECTED_CUSTOMERS, 1)
                .containsEntry(ProductHandoffVariables.LINKED_INQUIRIES, 1)
                .containsEntry(ProductHandoffVariables.LATEST_SUMMARIES, "INQ-20261123-000001 · 지문 로그인이 실패함")
                .containsEntry(ProductHandoffVariables.LATEST_INQUIRY_URL,
                        "http://localhost:8080/desk/inquiries/INQ-20261123-000001");
    }

    @Test
    void feedbackJoiningTheOpenHandoffRefreshesTheTriageFormWithoutANewTask() {
        ProcessInstance handoff = started(FEEDBACK_ID);
        Task before = task(handoff);
        when(handoffs.context(FEEDBACK_ID)).thenReturn(AFTER_SECOND_REPORT);

        process.feedbackAdded(FEEDBACK_ID, FEATURE);

        assertThat(handoff).isWaitingAt(ProductHandoff.TASK_TRIAGE)
                .hasPassed(ProductHandoff.TASK_REFRESH_CONTEXT, ProductHandoff.END_CONTEXT_REFRESHED);
        Assertions.assertThat(task(handoff).getId()).isEqualTo(before.getId());
        Assertions.assertThat(taskService().getVariables(before.getId()))
                .containsEntry(ProductHandoffVariables.AFFECTED_CUSTOMERS, 2)
                .containsEntry(ProductHandoffVariables.LINKED_INQUIRIES, 2)
                .containsEntry(ProductHandoffVariables.LATEST_SUMMARIES, AFTER_SECOND_REPORT.latestSummaries())
                .containsEntry(ProductHandoffVariables.LATEST_INQUIRY_URL, AFTER_SECOND_REPORT.latestInquiryUrl());
    }

    @Test
    void addedFeedbackReachesOnlyItsOwnHandoffWhenAnOlderOneOfTheFeatureIsStillTellingCustomers() {
        ProcessInstance older = started(FEEDBACK_ID);
        complete(task(older), withVariables("decision", "released", "targetRelease", "3.8.0"));
        assertThat(older).isWaitingAt(ProductHandoff.TASK_NOTIFY_LINKED_CUSTOMERS);
        long newer = 12L;
        when(handoffs.context(newer)).thenReturn(FIRST_REPORT);
        ProcessInstance current = started(newer);

        process.feedbackAdded(newer, FEATURE);

        assertThat(current).hasPassed(ProductHandoff.TASK_REFRESH_CONTEXT);
        assertThat(older).hasNotPassed(ProductHandoff.TASK_REFRESH_CONTEXT);
        verify(handoffs, times(2)).context(newer);
    }

    @Test
    void untouchedTriageRemindsTheProductTeamAfterTwoDaysAndKeepsTheTask() {
        ProcessInstance handoff = started(FEEDBACK_ID);
        Job reminder = timer(ProductHandoff.BOUNDARY_TRIAGE_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(T0.plus(REMINDER_AFTER)));

        ClockUtil.setCurrentTime(Date.from(T0.plus(REMINDER_AFTER)));
        execute(reminder);

        verify(handoffs).remindProductTeam(FEEDBACK_ID);
        assertThat(handoff).isWaitingAt(ProductHandoff.TASK_TRIAGE)
                .hasPassed(ProductHandoff.TASK_REMIND_PRODUCT_TEAM, ProductHandoff.END_REMINDER_SENT);
        Assertions.assertThat(timer(ProductHandoff.BOUNDARY_TRIAGE_REMINDER)).isNull();
    }

    @Test
    void declinedHandoffEndsWithoutTellingCustomers() {
        ProcessInstance handoff = started(FEEDBACK_ID);

        complete(task(handoff), withVariables("decision", "declined", "answer", "정책상 지문 로그인은 지원 기기를 늘리지 않습니다."));

        assertThat(handoff).isEnded().hasPassed(ProductHandoff.TASK_RECORD_DECISION, ProductHandoff.END_DECLINED)
                .hasNotPassed(ProductHandoff.TASK_MARK_FIX_RELEASED, ProductHandoff.TASK_NOTIFY_LINKED_CUSTOMERS);
        verify(handoffs).recordDecision(FEEDBACK_ID, "declined", null, "정책상 지문 로그인은 지원 기기를 늘리지 않습니다.");
        verify(handoffs, never()).markReleased(anyLong(), any());
        verify(handoffs, never()).notifyLinkedCustomers(anyLong());
    }

    @Test
    void plannedFixWaitsForTheReleaseMessageThenTellsEveryLinkedCustomer() {
        ProcessInstance handoff = started(FEEDBACK_ID);
        complete(task(handoff), withVariables("decision", "planned", "targetRelease", "3.9.0", "answer", "다음 정기 배포에 포함"));

        assertThat(handoff).isWaitingAt(ProductHandoff.EVENT_FIX_RELEASED);
        verify(handoffs).recordDecision(FEEDBACK_ID, "planned", "3.9.0", "다음 정기 배포에 포함");
        verify(hold).answered(FEEDBACK_ID, "planned", "3.9.0", "다음 정기 배포에 포함");
        Assertions.assertThat(timer(ProductHandoff.BOUNDARY_TRIAGE_REMINDER)).isNull();

        Assertions.assertThat(process.fixReleased(FEEDBACK_ID, FEATURE, "3.9.1")).isTrue();

        verify(handoffs).markReleased(FEEDBACK_ID, "3.9.1");
        assertThat(handoff).isWaitingAt(ProductHandoff.TASK_NOTIFY_LINKED_CUSTOMERS);
        verify(handoffs, never()).notifyLinkedCustomers(anyLong());
        execute(jobQuery().processInstanceId(handoff.getId()).singleResult());

        assertThat(handoff).isEnded().hasPassed(ProductHandoff.TASK_MARK_FIX_RELEASED,
                ProductHandoff.TASK_NOTIFY_LINKED_CUSTOMERS, ProductHandoff.END_CUSTOMERS_TOLD);
        verify(handoffs).notifyLinkedCustomers(FEEDBACK_ID);
        verify(hold).fixShipped(FEEDBACK_ID, "3.9.1");
        assertThat(handoff).variables().containsEntry(ProductHandoffVariables.RELEASE, "3.9.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"accepted", "needInfo"})
    void acceptedOrWaitingForInformationAlsoWaitsForTheFix(String decision) {
        ProcessInstance handoff = started(FEEDBACK_ID);

        complete(task(handoff), withVariables("decision", decision, "answer", "재현 기기 모델명을 알려 주세요"));

        assertThat(handoff).isWaitingAt(ProductHandoff.EVENT_FIX_RELEASED);
        verify(handoffs).recordDecision(FEEDBACK_ID, decision, null, "재현 기기 모델명을 알려 주세요");
    }

    @Test
    void releasedChosenOnTheFormGoesStraightToTheNotice() {
        ProcessInstance handoff = started(FEEDBACK_ID);

        complete(task(handoff), withVariables("decision", "released", "targetRelease", " 3.8.2 "));

        assertThat(handoff).isWaitingAt(ProductHandoff.TASK_NOTIFY_LINKED_CUSTOMERS)
                .hasNotPassed(ProductHandoff.EVENT_FIX_RELEASED);
        verify(handoffs).recordDecision(FEEDBACK_ID, "released", "3.8.2", null);
        verify(handoffs).markReleased(FEEDBACK_ID, "3.8.2");
        execute(jobQuery().processInstanceId(handoff.getId()).singleResult());
        assertThat(handoff).isEnded().hasPassed(ProductHandoff.END_CUSTOMERS_TOLD);
        verify(handoffs).notifyLinkedCustomers(FEEDBACK_ID);
        verify(hold, never()).answered(anyLong(), any(), any(), any());
        verify(hold).fixShipped(FEEDBACK_ID, "3.8.2");
    }

    @Test
    void fixAnnouncedBeforeTriageClosesTheTaskAndTellsCustomers() {
        ProcessInstance handoff = started(FEEDBACK_ID);

        Assertions.assertThat(process.fixReleased(FEEDBACK_ID, FEATURE, "3.8.3")).isTrue();

        assertThat(handoff).hasPassed(ProductHandoff.BOUNDARY_FIX_RELEASED_BEFORE_TRIAGE, ProductHandoff.TASK_MARK_FIX_RELEASED)
                .hasNotPassed(ProductHandoff.TASK_RECORD_DECISION)
                .isWaitingAt(ProductHandoff.TASK_NOTIFY_LINKED_CUSTOMERS);
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(handoff.getId()).count()).isZero();
        verify(handoffs).markReleased(FEEDBACK_ID, "3.8.3");
        execute(jobQuery().processInstanceId(handoff.getId()).singleResult());
        assertThat(handoff).isEnded();
        verify(handoffs).notifyLinkedCustomers(FEEDBACK_ID);
    }

    @Test
    void fixAnnouncementFindsNothingToWakeOnceTheHandoffIsOver() {
        ProcessInstance handoff = started(FEEDBACK_ID);
        complete(task(handoff), withVariables("decision", "declined", "answer", "지원하지 않는 기기"));

        Assertions.assertThat(process.fixReleased(FEEDBACK_ID, FEATURE, "3.9.0")).isFalse();
        verify(handoffs, never()).markReleased(anyLong(), any());
    }

    @Test
    void triageTheProcessCannotActOnIsRefusedAndTheTaskStays() {
        ProcessInstance handoff = started(FEEDBACK_ID);
        String triage = task(handoff).getId();

        assertThatThrownBy(() -> taskService().complete(triage, Map.of("answer", "확인 중")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
        assertThatThrownBy(() -> taskService().complete(triage, Map.of("decision", "planned")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("targetRelease");
        assertThatThrownBy(() -> taskService().complete(triage, Map.of("decision", "released", "targetRelease", " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("targetRelease");
        assertThatThrownBy(() -> taskService().complete(triage, Map.of("decision", "declined")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("answer");
        assertThatThrownBy(() -> taskService().complete(triage, Map.of("decision", "postponed")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");

        assertThat(handoff).isWaitingAt(ProductHandoff.TASK_TRIAGE);
        verify(handoffs, never()).recordDecision(anyLong(), any(), any(), any());
    }

    private ProcessInstance started(long feedbackId) {
        process.start(feedbackId, FEATURE, REMINDER_AFTER);
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(FEATURE)
                .variableValueEquals(ProductHandoffVariables.FEEDBACK_ID, feedbackId).singleResult();
    }

    private static Job timer(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    private static String formKey(Task task) {
        return taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
