package com.inquirydesk.voc;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.knowledge.ApplyGuideUpdateDelegate;
import com.inquirydesk.knowledge.GuideEditorListener;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.knowledge.KnowledgeBaseService;
import com.inquirydesk.product.ProductFeedbackReporter;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/**
 * processes/voc-review.bpmn on an in-memory engine: the real delegates on mocked domain services, so each
 * test states what the diagram does for one reviewer decision, and the contact clock is driven by the engine clock.
 */
@Deployment(resources = {"processes/voc-review.bpmn", "forms/contact-unhappy-customer.form", "forms/review-voc.form",
        "forms/update-guide-document.form", "forms/coach-agent.form"})
class VocReviewProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("voc-review-process-test", BEANS);

    static final long INQUIRY_ID = 42L;
    static final String CODE = "INQ-20261123-000042";
    static final long CUSTOMER_ID = 7L;
    static final long SURVEY_RESPONSE_ID = 11L;
    static final long VOC_ITEM_ID = 100L;
    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final Instant CONTACT_DUE = T0.plus(Duration.ofHours(4));

    VocService voc = mock(VocService.class);
    ProductFeedbackReporter product = mock(ProductFeedbackReporter.class);
    KnowledgeBaseService knowledgeBase = mock(KnowledgeBaseService.class);

    @BeforeEach
    void wireDelegates() {
        AbstractAssertions.init(engine.getProcessEngine());
        // Task names for Tasklist are not what these tests are about.
        BEANS.put("taskCaptionListener", (TaskListener) task -> { });
        BEANS.put("createVocItemDelegate", new CreateVocItemDelegate(voc));
        BEANS.put("recordVocReviewDelegate", new RecordVocReviewDelegate(voc));
        BEANS.put("vocReviewCompletionListener", new VocReviewCompletionListener());
        BEANS.put("recordCustomerContactDelegate", new RecordCustomerContactDelegate(voc));
        BEANS.put("remindContactOverdueDelegate", new RemindContactOverdueDelegate(voc));
        BEANS.put("handOffToProductDelegate", new HandOffToProductDelegate(product));
        BEANS.put("closeVocItemDelegate", new CloseVocItemDelegate(voc));
        BEANS.put("applyGuideUpdateDelegate", new ApplyGuideUpdateDelegate(knowledgeBase, mock(com.inquirydesk.knowledge.GuideDrafts.class)));
        BEANS.put("guideEditorListener", new GuideEditorListener());

        ClockUtil.setCurrentTime(Date.from(T0));
        when(voc.createFromSurvey(INQUIRY_ID, SURVEY_RESPONSE_ID)).thenReturn(new VocContext(VOC_ITEM_ID, "반품·환불",
                "RETURN", "환불, 늦, 짜증", Sentiment.NEGATIVE, "환불이 너무 늦어서 짜증나요 ㅠㅠ",
                "만족도(CSAT) 1/5 · 노력도(CES) 6/7 · 추천(NPS) 2/10", "kim", "http://localhost:8080/desk/inquiries/" + CODE));
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        identityService().clearAuthentication();
    }

    @Test
    void guideUpdatePublishesTheArticleAndClosesTheItemWithoutWaitingForTheContact() {
        when(knowledgeBase.publishVersion(anyString(), anyString(), anyString(), any(), anyString()))
                .thenReturn(mock(KbArticle.class, invocation -> invocation.getMethod().getName().equals("getVersion") ? 3 : null));
        ProcessInstance review = startAndCreateItem();

        Task reviewTask = task(VocReview.TASK_REVIEW_VOC);
        Assertions.assertThat(candidateGroups(reviewTask)).containsExactly("voc-reviewers");
        Assertions.assertThat(reviewTask.getCamundaFormRef().getKey()).isEqualTo(VocReview.FORM_REVIEW_VOC);
        assertThat(review).variables()
                .containsEntry("vocItemId", VOC_ITEM_ID)
                .containsEntry("vocKeywords", "환불, 늦, 짜증")
                .containsEntry("sentiment", "NEGATIVE")
                .containsEntry("sentimentLabel", "부정")
                .containsEntry("guideCategory", "RETURN");
        complete(reviewTask, withVariables("rootCause", "guide-missing", "vocAction", "updateGuide"));
        verify(voc).recordReview(VOC_ITEM_ID, "guide-missing", "updateGuide");

        Task guideTask = task(VocReview.TASK_UPDATE_GUIDE_DOCUMENT);
        Assertions.assertThat(candidateGroups(guideTask)).containsExactly("knowledge-managers");
        Assertions.assertThat(guideTask.getCamundaFormRef().getKey()).isEqualTo(VocReview.FORM_UPDATE_GUIDE_DOCUMENT);
        identityService().setAuthenticatedUserId("park");
        complete(guideTask, withVariables("articleSlug", "refund-timeline", "articleTitle", "환불은 언제 입금되나요?",
                "articleBody", "카드 환불은 취소 후 3~5영업일이 걸립니다.", "guideCategory", "RETURN"));

        verify(knowledgeBase).publishVersion("refund-timeline", "환불은 언제 입금되나요?",
                "카드 환불은 취소 후 3~5영업일이 걸립니다.", Category.RETURN, "park");
        verify(voc).close(VOC_ITEM_ID, null, "park");
        assertThat(review).hasPassed(VocReview.TASK_APPLY_GUIDE_UPDATE, VocReview.TASK_CLOSE_VOC_ITEM, VocReview.END_VOC_CLOSED)
                .isWaitingAt(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);
        assertThat(review).variables().containsEntry("publishedArticleVersion", 3).doesNotContainKey("articleBody");

        contactCustomer("reached", "사과드리고 환불 일정을 안내함");
        assertThat(review).isEnded().hasPassed(VocReview.END_CUSTOMER_CONTACTED);
        verifyNoInteractions(product);
    }

    @Test
    void guideEditorIsTheAssigneeWhenTheCompletionCarriesNoUser() {
        when(knowledgeBase.publishVersion(anyString(), anyString(), anyString(), any(), anyString()))
                .thenReturn(mock(KbArticle.class));
        startAndCreateItem();
        complete(task(VocReview.TASK_REVIEW_VOC), withVariables("rootCause", "guide-missing", "vocAction", "updateGuide"));

        Task guideTask = task(VocReview.TASK_UPDATE_GUIDE_DOCUMENT);
        taskService().claim(guideTask.getId(), "han");
        complete(guideTask, withVariables("articleSlug", "refund-delay", "articleTitle", "환불이 늦어질 때",
                "articleBody", "상품 확인 뒤 환불됩니다.", "guideCategory", "RETURN"));

        verify(knowledgeBase).publishVersion("refund-delay", "환불이 늦어질 때", "상품 확인 뒤 환불됩니다.", Category.RETURN, "han");
    }

    @Test
    void productIssueIsHandedToTheProductTeamInItsOwnTransaction() {
        ProcessInstance review = startAndCreateItem();

        complete(task(VocReview.TASK_REVIEW_VOC), withVariables("rootCause", "product-defect", "vocAction", "productIssue",
                "featureKey", " app-login ", "productSummary", "앱 로그인 후 환불 내역 화면이 비어 있음"));
        assertThat(review).isWaitingAt(VocReview.TASK_HAND_OFF_TO_PRODUCT, VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);
        verifyNoInteractions(product);

        execute(job(VocReview.TASK_HAND_OFF_TO_PRODUCT));

        verify(product).report("app-login", "앱 로그인 후 환불 내역 화면이 비어 있음", INQUIRY_ID, CUSTOMER_ID, VOC_ITEM_ID);
        verify(voc).recordReview(VOC_ITEM_ID, "product-defect", "productIssue");
        verify(voc).close(VOC_ITEM_ID, null, "supervisors");
        assertThat(review).hasPassed(VocReview.END_VOC_CLOSED).hasNotPassed(VocReview.TASK_COACH_AGENT,
                VocReview.TASK_UPDATE_GUIDE_DOCUMENT);
    }

    @Test
    void coachingIsAssignedToSupervisorsAndItsNoteClosesTheItem() {
        ProcessInstance review = startAndCreateItem();

        complete(task(VocReview.TASK_REVIEW_VOC), withVariables("rootCause", "agent-handling", "vocAction", "coachAgent"));
        Task coaching = task(VocReview.TASK_COACH_AGENT);
        Assertions.assertThat(candidateGroups(coaching)).containsExactly("supervisors");
        Assertions.assertThat(coaching.getCamundaFormRef().getKey()).isEqualTo(VocReview.FORM_COACH_AGENT);
        identityService().setAuthenticatedUserId("choi");
        complete(coaching, withVariables("coachingNote", "환불 기간을 먼저 안내하기로 함"));

        verify(voc).close(VOC_ITEM_ID, "환불 기간을 먼저 안내하기로 함", "choi");
        assertThat(review).hasPassed(VocReview.END_VOC_CLOSED).variables().doesNotContainKey("coachingNote");
        verifyNoInteractions(product, knowledgeBase);
    }

    @Test
    void noActionClosesTheItemRightAfterTheReview() {
        ProcessInstance review = startAndCreateItem();

        complete(task(VocReview.TASK_REVIEW_VOC), withVariables("rootCause", "policy", "vocAction", "none"));

        verify(voc).recordReview(VOC_ITEM_ID, "policy", "none");
        verify(voc).close(VOC_ITEM_ID, null, "supervisors");
        assertThat(review).hasPassed(VocReview.END_VOC_CLOSED)
                .hasNotPassed(VocReview.TASK_HAND_OFF_TO_PRODUCT, VocReview.TASK_COACH_AGENT, VocReview.TASK_UPDATE_GUIDE_DOCUMENT)
                .isWaitingAt(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);
        verifyNoInteractions(product, knowledgeBase);
    }

    @Test
    void contactTaskIsDueInFourHoursForSupervisors() {
        startAndCreateItem();

        Task contact = task(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);
        Assertions.assertThat(candidateGroups(contact)).containsExactly("supervisors");
        Assertions.assertThat(contact.getCamundaFormRef().getKey()).isEqualTo(VocReview.FORM_CONTACT_UNHAPPY_CUSTOMER);
        Assertions.assertThat(contact.getDueDate()).isEqualTo(Date.from(CONTACT_DUE));
        Assertions.assertThat(job(VocReview.BOUNDARY_CONTACT_OVERDUE).getDuedate()).isEqualTo(Date.from(CONTACT_DUE));
    }

    @Test
    void overdueContactRemindsSupervisorsAndTheTaskStaysOpen() {
        ProcessInstance review = startAndCreateItem();
        Task contact = task(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);

        ClockUtil.setCurrentTime(Date.from(CONTACT_DUE));
        execute(job(VocReview.BOUNDARY_CONTACT_OVERDUE));

        verify(voc).remindContactOverdue(VOC_ITEM_ID, Duration.ofHours(4));
        assertThat(review).hasPassed(VocReview.TASK_REMIND_CONTACT_OVERDUE, VocReview.END_CONTACT_REMINDED)
                .isWaitingAt(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER, VocReview.TASK_REVIEW_VOC);
        Assertions.assertThat(task(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER).getId()).isEqualTo(contact.getId());

        identityService().setAuthenticatedUserId("choi");
        contactCustomer("unreachable", "두 번 전화했으나 받지 않음, 문자 남김");
        verify(voc).recordContact(VOC_ITEM_ID, "unreachable", "두 번 전화했으나 받지 않음, 문자 남김", "choi");
        assertThat(review).variables().doesNotContainKey("contactNote");
    }

    @Test
    void contactInTimeCancelsTheReminder() {
        ProcessInstance review = startAndCreateItem();

        ClockUtil.setCurrentTime(Date.from(CONTACT_DUE.minus(Duration.ofMinutes(30))));
        contactCustomer("reached", "통화로 사과드림");

        Assertions.assertThat(managementService().createJobQuery().processInstanceId(review.getId()).list()).isEmpty();
        verify(voc, never()).remindContactOverdue(anyLong(), any());
        assertThat(review).hasPassed(VocReview.TASK_RECORD_CONTACT, VocReview.END_CUSTOMER_CONTACTED)
                .isWaitingAt(VocReview.TASK_REVIEW_VOC);
    }

    private ProcessInstance startAndCreateItem() {
        // The survey starts the review in its own transaction; the item is created in the next one.
        ProcessInstance review = runtimeService().startProcessInstanceByKey(VocReview.PROCESS_KEY, CODE, Map.of(
                VocVariables.INQUIRY_ID, INQUIRY_ID, VocVariables.INQUIRY_CODE, CODE,
                VocVariables.CUSTOMER_ID, CUSTOMER_ID, VocVariables.SURVEY_RESPONSE_ID, SURVEY_RESPONSE_ID));
        assertThat(review).isWaitingAt(VocReview.TASK_CREATE_VOC_ITEM);
        execute(job(VocReview.TASK_CREATE_VOC_ITEM));
        assertThat(review).isWaitingAt(VocReview.TASK_REVIEW_VOC, VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER);
        return review;
    }

    private void contactCustomer(String result, String note) {
        complete(task(VocReview.TASK_CONTACT_UNHAPPY_CUSTOMER), withVariables("contactResult", result, "contactNote", note));
    }

    private static Task task(String taskDefinitionKey) {
        return taskQuery().taskDefinitionKey(taskDefinitionKey).initializeFormKeys().singleResult();
    }

    private static Job job(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
