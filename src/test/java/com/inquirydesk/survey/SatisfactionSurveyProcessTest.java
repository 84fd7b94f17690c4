package com.inquirydesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import com.inquirydesk.ProcessTestEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/satisfaction-survey.bpmn with decision surveyFollowUp on an in-memory engine. The delegates
 * are the real ones on a mocked SurveyService; vocReview is a stub that only has to start.
 */
@Deployment(resources = {"processes/satisfaction-survey.bpmn", "processes/survey-follow-up.dmn",
        "forms/review-best-answer.form", "survey/voc-review-stub.bpmn"})
class SatisfactionSurveyProcessTest {

    static final Map<Object, Object> BEANS = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension("satisfaction-survey-process-test", BEANS);

    static final long INQUIRY_ID = 42L;
    static final long CUSTOMER_ID = 7L;
    static final long RESPONSE_ID = 99L;
    static final String CODE = "INQ-20261123-000042";
    static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    static final Duration EMAIL_DELAY = Duration.ofHours(1);
    static final Instant EXPIRES_AT = T0.plus(Duration.ofDays(7));

    SurveyService surveys = mock(SurveyService.class);

    @BeforeEach
    void wireDelegates() {
        // The assertion helpers keep the engine they first found; point them at this one.
        AbstractAssertions.init(engine.getProcessEngine());
        // Task names for Tasklist are not what these tests are about.
        BEANS.put("taskCaptionListener", (TaskListener) task -> { });
        BEANS.put("sendSurveyInvitationDelegate", new SendSurveyInvitationDelegate(surveys));
        BEANS.put("expireSurveyDelegate", new ExpireSurveyDelegate(surveys));
        BEANS.put("recordSurveyAnswerDelegate", new RecordSurveyAnswerDelegate(surveys));
        BEANS.put("startVocReviewDelegate", new StartVocReviewDelegate());
        BEANS.put("prepareBestAnswerReviewDelegate", new PrepareBestAnswerReviewDelegate(surveys));
        BEANS.put("bestAnswerReviewedListener", new BestAnswerReviewedListener());
        BEANS.put("storeBestAnswerDelegate", new StoreBestAnswerDelegate(surveys));

        ClockUtil.setCurrentTime(Date.from(T0));
        when(surveys.sendInvitation(INQUIRY_ID)).thenAnswer(call -> ClockUtil.getCurrentTime().toInstant()
                .plus(Duration.ofDays(7)));
        when(surveys.bestAnswerContext(INQUIRY_ID, RESPONSE_ID)).thenReturn(new BestAnswerContext("결제",
                "마이페이지 > 결제 내역에서 영수증을 바로 출력하실 수 있어요 😊", "친절하고 빨랐어요! 최고예요",
                "http://localhost:8080/desk/inquiries/" + CODE, "영수증 재발급",
                "마이페이지 > 결제 내역에서 영수증을 바로 출력하실 수 있어요 😊"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    @AfterAll
    static void closeEngine() {
        engine.getProcessEngine().close();
    }

    @Test
    void chatCustomerIsAskedRightAwayAndAContentAnswerNeedsNoFollowUp() {
        ProcessInstance survey = start("CHAT");

        assertThat(survey).isWaitingAt(SatisfactionSurvey.TASK_SEND_INVITATION);
        execute(job(survey));
        verify(surveys).sendInvitation(INQUIRY_ID);
        assertThat(survey).isWaitingAt(SatisfactionSurvey.GATEWAY_WAIT_FOR_ANSWER)
                .hasPassed(SatisfactionSurvey.GATEWAY_CHANNEL).hasNotPassed(SatisfactionSurvey.EVENT_EMAIL_DELAY);
        assertThat(survey).variables().containsEntry(SurveyVariables.EXPIRES_AT, Date.from(EXPIRES_AT));

        answer(survey, new FollowUpInputs(4, 2, 8, false));

        assertThat(survey).isEnded().hasPassed(SatisfactionSurvey.TASK_RECORD_ANSWER,
                SatisfactionSurvey.TASK_DECIDE_FOLLOW_UP, SatisfactionSurvey.END_NO_FOLLOW_UP);
        assertThat(survey).variables().containsEntry(SurveyVariables.FOLLOW_UP, SatisfactionSurvey.FOLLOW_UP_NONE);
        assertThat(vocReviews()).isZero();
        verify(surveys, never()).expire(anyLong());
    }

    @Test
    void emailCustomerIsAskedOnlyAfterTheConfiguredDelay() {
        ProcessInstance survey = start("EMAIL");

        assertThat(survey).isWaitingAt(SatisfactionSurvey.EVENT_EMAIL_DELAY);
        Job delay = timer(survey);
        assertThat(delay.getDuedate()).isEqualTo(Date.from(T0.plus(EMAIL_DELAY)));
        verify(surveys, never()).sendInvitation(anyLong());

        ClockUtil.setCurrentTime(Date.from(T0.plus(EMAIL_DELAY)));
        execute(delay);
        assertThat(survey).isWaitingAt(SatisfactionSurvey.TASK_SEND_INVITATION);
        execute(job(survey));

        verify(surveys).sendInvitation(INQUIRY_ID);
        assertThat(survey).isWaitingAt(SatisfactionSurvey.GATEWAY_WAIT_FOR_ANSWER);
        assertThat(survey).variables().containsEntry(SurveyVariables.EXPIRES_AT,
                Date.from(EXPIRES_AT.plus(EMAIL_DELAY)));
    }

    @Test
    void unansweredSurveyExpiresAfterItsWindow() {
        ProcessInstance survey = start("WEB");
        execute(job(survey));

        Job expiry = timer(survey);
        assertThat(expiry.getDuedate()).isEqualTo(Date.from(EXPIRES_AT));
        ClockUtil.setCurrentTime(Date.from(EXPIRES_AT));
        execute(expiry);

        verify(surveys).expire(INQUIRY_ID);
        assertThat(survey).isEnded().hasPassed(SatisfactionSurvey.TASK_EXPIRE_SURVEY, SatisfactionSurvey.END_SURVEY_EXPIRED)
                .hasNotPassed(SatisfactionSurvey.TASK_RECORD_ANSWER);
        verify(surveys, never()).followUpInputs(anyLong());
    }

    @ParameterizedTest(name = "CSAT {0}, CES {1}, NPS {2}, complaint {3}")
    @CsvSource({"2, 3, 8, false", "4, 5, 8, false", "4, 3, 6, false", "4, 3, 8, true"})
    void unhappyAnswerStartsAVocReviewOfTheInquiry(int csat, int ces, int nps, boolean complaint) {
        ProcessInstance survey = start("CHAT");
        execute(job(survey));

        answer(survey, new FollowUpInputs(csat, ces, nps, complaint));

        assertThat(survey).isEnded().hasPassed(SatisfactionSurvey.TASK_START_VOC_REVIEW,
                SatisfactionSurvey.END_VOC_REVIEW_STARTED);
        ProcessInstance review = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(SatisfactionSurvey.VOC_REVIEW_PROCESS_KEY).processInstanceBusinessKey(CODE)
                .singleResult();
        assertThat(review).isNotNull();
        assertThat(review).variables().containsOnlyKeys("inquiryId", "inquiryCode", "customerId", "surveyResponseId")
                .containsEntry("inquiryId", INQUIRY_ID).containsEntry("inquiryCode", CODE)
                .containsEntry("customerId", CUSTOMER_ID).containsEntry("surveyResponseId", RESPONSE_ID);
    }

    @Test
    void delightedAnswerGoesToSupervisorsWhoAddTheReplyToTheCannedResponses() {
        ProcessInstance survey = start("APP");
        execute(job(survey));

        answer(survey, new FollowUpInputs(5, 1, 10, false));

        assertThat(survey).isWaitingAt(SatisfactionSurvey.TASK_REVIEW_BEST_ANSWER);
        Task review = task(survey);
        assertThat(taskService().getIdentityLinksForTask(review.getId())).filteredOn(
                link -> IdentityLinkType.CANDIDATE.equals(link.getType())).extracting(IdentityLink::getGroupId)
                .containsExactly(SatisfactionSurvey.SUPERVISORS_GROUP);
        assertThat(review.getAssignee()).isNull();
        assertThat(taskService().getVariables(review.getId())).containsEntry("agent", "kim")
                .containsEntry("surveyComment", "친절하고 빨랐어요! 최고예요")
                .containsEntry("agentReplies", "마이페이지 > 결제 내역에서 영수증을 바로 출력하실 수 있어요 😊")
                .containsEntry("bestAnswerTitle", "영수증 재발급")
                .containsEntry("conversationUrl", "http://localhost:8080/desk/inquiries/" + CODE);

        taskService().claim(review.getId(), "choi");
        taskService().complete(review.getId(), Variables.putValue("bestAnswerDecision", "addToCannedResponses")
                .putValue("bestAnswerTitle", "영수증 재발급 안내")
                .putValue("bestAnswerBody", "마이페이지 > 결제 내역에서 영수증을 출력하실 수 있습니다."));

        verify(surveys).storeBestAnswer(INQUIRY_ID, CannedResponse.Kind.CANNED_RESPONSE, "영수증 재발급 안내",
                "마이페이지 > 결제 내역에서 영수증을 출력하실 수 있습니다.", "choi");
        assertThat(survey).isEnded().hasPassed(SatisfactionSurvey.TASK_STORE_BEST_ANSWER,
                SatisfactionSurvey.END_BEST_ANSWER_STORED);
        assertThat(vocReviews()).isZero();
    }

    @Test
    void supervisorCanKeepTheReplyForTheInternalManual() {
        ProcessInstance survey = start("CHAT");
        execute(job(survey));
        answer(survey, new FollowUpInputs(5, 2, 9, false));

        Task review = task(survey);
        taskService().claim(review.getId(), "choi");
        taskService().complete(review.getId(), Variables.putValue("bestAnswerDecision", "addToManual"));

        verify(surveys).storeBestAnswer(INQUIRY_ID, CannedResponse.Kind.MANUAL, "영수증 재발급",
                "마이페이지 > 결제 내역에서 영수증을 바로 출력하실 수 있어요 😊", "choi");
        assertThat(survey).isEnded().hasPassed(SatisfactionSurvey.END_BEST_ANSWER_STORED);
    }

    @Test
    void supervisorMaySkipTheBestAnswer() {
        ProcessInstance survey = start("CHAT");
        execute(job(survey));
        answer(survey, new FollowUpInputs(5, 1, 9, false));

        Task review = task(survey);
        taskService().claim(review.getId(), "choi");
        taskService().complete(review.getId(), Variables.putValue("bestAnswerDecision", "skip"));

        assertThat(survey).isEnded().hasPassed(SatisfactionSurvey.END_BEST_ANSWER_SKIPPED)
                .hasNotPassed(SatisfactionSurvey.TASK_STORE_BEST_ANSWER);
        verify(surveys, never()).storeBestAnswer(anyLong(), any(), any(), any(), any());
    }

    @ParameterizedTest(name = "CSAT {0}, CES {1}, NPS {2}, complaint {3} -> {4}")
    @CsvSource({
            "1, 1, 10, false, vocReview", "2, 1, 10, false, vocReview", "3, 4, 7, false, none",
            "4, 5, 10, false, vocReview", "4, 4, 7, false, none", "3, 1, 6, false, vocReview",
            "4, 2, 0, false, vocReview", "5, 1, 10, true, vocReview", "5, 7, 10, false, vocReview",
            "5, 1, 9, false, bestAnswer", "5, 4, 10, false, bestAnswer", "5, 1, 8, false, none",
            "4, 1, 10, false, none"})
    void followUpDecision(int csat, int ces, int nps, boolean complaint, String followUp) {
        var result = decisionService().evaluateDecisionTableByKey(SatisfactionSurvey.DECISION_FOLLOW_UP,
                Variables.putValue("csat", csat).putValue("ces", ces).putValue("nps", nps).putValue("complaint", complaint));

        String decided = result.getSingleEntry();
        assertThat(decided).isEqualTo(followUp);
    }

    private ProcessInstance start(String channel) {
        return runtimeService().startProcessInstanceByKey(SatisfactionSurvey.PROCESS_KEY, CODE,
                SurveyVariables.start(INQUIRY_ID, CODE, CUSTOMER_ID, channel, "kim", EMAIL_DELAY));
    }

    /** What SurveyService.answer does after storing the answer; the follow-up runs in its own job. */
    private void answer(ProcessInstance survey, FollowUpInputs inputs) {
        when(surveys.followUpInputs(RESPONSE_ID)).thenReturn(inputs);
        runtimeService().createMessageCorrelation(SatisfactionSurvey.MSG_SURVEY_ANSWERED)
                .processInstanceBusinessKey(CODE)
                .setVariable(SurveyVariables.SURVEY_RESPONSE_ID, RESPONSE_ID)
                .correlate();
        execute(job(survey));
    }

    private static Job timer(ProcessInstance survey) {
        return managementService().createJobQuery().processInstanceId(survey.getId()).timers().singleResult();
    }

    private static long vocReviews() {
        return runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(SatisfactionSurvey.VOC_REVIEW_PROCESS_KEY).count();
    }
}
