package com.inquirydesk.survey;

/** Names in processes/satisfaction-survey.bpmn and survey-follow-up.dmn that Java relies on. Rename together. */
public final class SatisfactionSurvey {

    public static final String PROCESS_KEY = "satisfactionSurvey";

    public static final String MSG_SURVEY_ANSWERED = "Msg_SurveyAnswered";

    public static final String GATEWAY_CHANNEL = "Gateway_SurveyChannel";
    public static final String EVENT_EMAIL_DELAY = "IntermediateTimerEvent_EmailDelay";
    public static final String TASK_SEND_INVITATION = "Task_SendSurveyInvitation";
    public static final String GATEWAY_WAIT_FOR_ANSWER = "Gateway_WaitForAnswer";
    public static final String EVENT_SURVEY_ANSWERED = "IntermediateCatchEvent_SurveyAnswered";
    public static final String EVENT_SURVEY_EXPIRED = "IntermediateTimerEvent_SurveyExpired";
    public static final String TASK_EXPIRE_SURVEY = "Task_ExpireSurvey";
    public static final String TASK_RECORD_ANSWER = "Task_RecordSurveyAnswer";
    public static final String TASK_DECIDE_FOLLOW_UP = "Task_DecideFollowUp";
    public static final String TASK_START_VOC_REVIEW = "Task_StartVocReview";
    public static final String TASK_PREPARE_BEST_ANSWER = "Task_PrepareBestAnswerReview";
    public static final String TASK_REVIEW_BEST_ANSWER = "Task_ReviewBestAnswer";
    public static final String TASK_STORE_BEST_ANSWER = "Task_StoreBestAnswer";
    public static final String END_SURVEY_EXPIRED = "EndEvent_SurveyExpired";
    public static final String END_NO_FOLLOW_UP = "EndEvent_NoFollowUp";
    public static final String END_VOC_REVIEW_STARTED = "EndEvent_VocReviewStarted";
    public static final String END_BEST_ANSWER_STORED = "EndEvent_BestAnswerStored";
    public static final String END_BEST_ANSWER_SKIPPED = "EndEvent_BestAnswerSkipped";

    public static final String DECISION_FOLLOW_UP = "surveyFollowUp";
    public static final String FORM_REVIEW_BEST_ANSWER = "reviewBestAnswer";

    /** Outputs of {@code surveyFollowUp}. */
    public static final String FOLLOW_UP_NONE = "none";
    public static final String FOLLOW_UP_VOC_REVIEW = "vocReview";
    public static final String FOLLOW_UP_BEST_ANSWER = "bestAnswer";

    /** Values of the review form's {@code bestAnswerDecision}. */
    public static final String DECISION_ADD_TO_MANUAL = "addToManual";
    public static final String DECISION_ADD_TO_CANNED_RESPONSES = "addToCannedResponses";
    public static final String DECISION_SKIP = "skip";

    /** Started for unhappy customers; written in processes/voc-review.bpmn, reached only by its key. */
    public static final String VOC_REVIEW_PROCESS_KEY = "vocReview";

    public static final String SUPERVISORS_GROUP = "supervisors";

    private SatisfactionSurvey() {
    }
}
