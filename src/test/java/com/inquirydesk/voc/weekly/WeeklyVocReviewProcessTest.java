package com.inquirydesk.voc.weekly;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import com.inquirydesk.ProcessTestEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/weekly-voc-review.bpmn on an in-memory engine with the real delegates over a mocked report service;
 * the VOC feature's {@code applyGuideUpdateDelegate} is a recording stand-in and its editor listener a no-op.
 * The diagram is deployed inside each test, after the engine clock is set, because the timer start event is
 * scheduled at deployment.
 */
class WeeklyVocReviewProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("weekly-voc-review-process-test", BEANS);

    static final long REPORT_ID = 7L;
    static final WeeklyVocReportService.Compiled COMPILED = new WeeklyVocReportService.Compiled(REPORT_ID,
            "2026-11-16 ~ 2026-11-22", "2026-11-16 ~ 2026-11-22 주간 VOC\n설문 응답 8건",
            "http://localhost:8080/api/v1/reports/weekly-voc/7", "BILLING:결제,RETURN:반품·환불");

    WeeklyVocReportService reports = mock(WeeklyVocReportService.class);
    List<String> appliedGuides = new ArrayList<>();
    String deploymentId;

    @BeforeEach
    void wireDelegates() {
        AbstractAssertions.init(engine.getProcessEngine());
        // Task names for Tasklist are not what these tests are about.
        BEANS.put("taskCaptionListener", (TaskListener) task -> { });
        BEANS.put("compileWeeklyVocReportDelegate", new CompileWeeklyVocReportDelegate(reports));
        BEANS.put("recordGuideSelectionDelegate", new RecordGuideSelectionDelegate(reports));
        BEANS.put("weeklyReviewCompletionListener", new WeeklyReviewCompletionListener());
        BEANS.put("prepareGuideUpdateDelegate", new PrepareGuideUpdateDelegate(reports));
        BEANS.put("guideEditorListener", (TaskListener) task -> { });
        BEANS.put("applyGuideUpdateDelegate", (JavaDelegate) execution -> appliedGuides.add(
                execution.getVariable("guideCategory") + ":" + execution.getVariable("articleSlug")));
        when(reports.compileLastWeek()).thenReturn(COMPILED);
        when(reports.guideContext(REPORT_ID, "BILLING")).thenReturn(new GuideUpdateContext("결제, 환불",
                "http://localhost:8080/desk/inquiries/INQ-20261116-000001"));
        when(reports.guideContext(REPORT_ID, "RETURN")).thenReturn(new GuideUpdateContext("환불, 반품",
                "http://localhost:8080/desk/inquiries/INQ-20261117-000004"));
        when(reports.guideContext(REPORT_ID, "CONTRACT")).thenReturn(new GuideUpdateContext("",
                "http://localhost:8080/api/v1/reports/weekly-voc/7"));
    }

    @AfterEach
    void cleanUp() {
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "deployed {0} → first run {1}")
    @CsvSource({
            // Wednesday noon in Seoul → the coming Monday 09:00 KST (00:00 UTC)
            "2026-11-25T03:00:00Z, 2026-11-30T00:00:00Z",
            // Monday 08:59 in Seoul (still Sunday in UTC) → the same morning
            "2026-11-29T23:59:00Z, 2026-11-30T00:00:00Z",
            // Monday 09:01 in Seoul → a week later
            "2026-11-30T00:01:00Z, 2026-12-07T00:00:00Z"})
    void timerStartIsNextMondayAtNineSeoulTime(String deployedAt, String firstRun) {
        deployAt(Instant.parse(deployedAt));

        Assertions.assertThat(timer().getDuedate()).isEqualTo(Date.from(Instant.parse(firstRun)));
    }

    @Test
    void everyMondayTheReportIsCompiledForSupervisorsAndTheNextWeekIsScheduled() {
        deployAt(Instant.parse("2026-11-25T03:00:00Z"));
        Job timer = timer();

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(WeeklyVocReview.PROCESS_KEY).singleResult();
        Assertions.assertThat(timer().getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-07T00:00:00Z")));
        assertThat(review).isWaitingAt(WeeklyVocReview.TASK_COMPILE_REPORT);
        verify(reports, never()).compileLastWeek();

        execute(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).singleResult());

        verify(reports).compileLastWeek();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
        Assertions.assertThat(task.getTaskDefinitionKey()).isEqualTo(WeeklyVocReview.TASK_REVIEW);
        Assertions.assertThat(candidateGroups(task)).containsExactly("supervisors");
        Assertions.assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("supervisors")
                .processInstanceId(review.getId()).count()).isEqualTo(1);
        assertThat(review).variables()
                .containsEntry("weeklyReportId", REPORT_ID)
                .containsEntry("weekLabel", "2026-11-16 ~ 2026-11-22")
                .containsEntry("reportSummary", COMPILED.summary())
                .containsEntry("reportUrl", COMPILED.url())
                .containsEntry("guideCategoryChoices", "BILLING:결제,RETURN:반품·환불")
                .containsEntry("guideCategories", "");
    }

    @Test
    void choosingTwoCategoriesCreatesAGuideUpdateForEach() {
        deployAt(Instant.parse("2026-11-30T00:00:00Z"));
        ProcessInstance review = startAtReview();

        // As Tasklist submits a checklist into the existing String variable: the array as JSON text.
        complete(reviewTask(review), withVariables("guideCategories", "[\"BILLING\",\"RETURN\"]",
                "reviewNote", "환불 안내 보강"));

        verify(reports).recordGuideSelection(REPORT_ID, List.of("BILLING", "RETURN"), null, "환불 안내 보강");
        List<Task> updates = engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(WeeklyVocReview.TASK_UPDATE_GUIDE_DOCUMENT).orderByTaskId().asc().list();
        Assertions.assertThat(updates).hasSize(2);
        Assertions.assertThat(updates).allSatisfy(task ->
                Assertions.assertThat(candidateGroups(task)).containsExactly("knowledge-managers"));
        UserTask modelled = engine.getRepositoryService().getBpmnModelInstance(review.getProcessDefinitionId())
                .getModelElementById(WeeklyVocReview.TASK_UPDATE_GUIDE_DOCUMENT);
        Assertions.assertThat(modelled.getCamundaFormRef()).isEqualTo(WeeklyVocReview.FORM_UPDATE_GUIDE);
        Assertions.assertThat(updates.stream().map(t -> engine.getTaskService().getVariable(t.getId(), "guideCategory")
                        + " " + engine.getTaskService().getVariable(t.getId(), "vocKeywords")
                        + " " + engine.getTaskService().getVariable(t.getId(), "conversationUrl")))
                .as("each guide task has its own category's context")
                .containsExactlyInAnyOrder("BILLING 결제, 환불 http://localhost:8080/desk/inquiries/INQ-20261116-000001",
                        "RETURN 환불, 반품 http://localhost:8080/desk/inquiries/INQ-20261117-000004");

        for (Task update : updates) {
            String category = (String) engine.getTaskService().getVariable(update.getId(), "guideCategory");
            complete(update, withVariables("articleSlug", "refund-" + category.toLowerCase(),
                    "articleTitle", "환불 안내", "articleBody", "환불은 영업일 3일 안에 처리됩니다.",
                    "guideCategory", category));
        }

        Assertions.assertThat(appliedGuides).containsExactlyInAnyOrder("BILLING:refund-billing", "RETURN:refund-return");
        assertThat(review).isEnded().hasPassed(WeeklyVocReview.END_REVIEWED);
    }

    @Test
    void aListFromTheJavaApiWorksAsWell() {
        deployAt(Instant.parse("2026-11-30T00:00:00Z"));
        ProcessInstance review = startAtReview();

        complete(reviewTask(review), withVariables("guideCategories", List.of("CONTRACT")));

        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(WeeklyVocReview.TASK_UPDATE_GUIDE_DOCUMENT).count()).isEqualTo(1);
        verify(reports).recordGuideSelection(eq(REPORT_ID), eq(List.of("CONTRACT")), isNull(), isNull());
    }

    @Test
    void noCategoryChosenEndsTheReviewWithoutGuideUpdates() {
        deployAt(Instant.parse("2026-11-30T00:00:00Z"));
        ProcessInstance review = startAtReview();

        complete(reviewTask(review));

        assertThat(review).isEnded().hasPassed(WeeklyVocReview.END_NO_GUIDE_UPDATE)
                .hasNotPassed(WeeklyVocReview.TASK_UPDATE_GUIDE_DOCUMENT);
        verify(reports).recordGuideSelection(REPORT_ID, List.of(), null, null);
        Assertions.assertThat(appliedGuides).isEmpty();
    }

    private void deployAt(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        deploymentId = engine.getRepositoryService().createDeployment()
                .addClasspathResource("processes/weekly-voc-review.bpmn")
                .addClasspathResource("forms/review-weekly-voc.form")
                .deploy().getId();
    }

    private ProcessInstance startAtReview() {
        return engine.getRuntimeService().createProcessInstanceByKey(WeeklyVocReview.PROCESS_KEY)
                .startBeforeActivity(WeeklyVocReview.TASK_REVIEW)
                .setVariables(Map.of("weeklyReportId", REPORT_ID, "guideCategories", "",
                        "guideCategoryChoices", COMPILED.guideCategoryChoices()))
                .execute();
    }

    private Task reviewTask(ProcessInstance review) {
        return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(WeeklyVocReview.TASK_REVIEW).singleResult();
    }

    private Job timer() {
        return engine.getManagementService().createJobQuery().timers()
                .activityId(WeeklyVocReview.START_EVERY_MONDAY).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }
}
