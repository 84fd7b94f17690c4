package com.inquirydesk.survey;

import com.inquirydesk.system.ProcessVariables;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of {@code satisfactionSurvey}. The scores and the complaint flag are
 * the decision's inputs; the comment and the agent's replies are only there because the best-answer
 * form must show them. The answer itself lives in {@code survey_response}.
 */
public final class SurveyVariables extends ProcessVariables {

    public static final String INQUIRY_ID = "inquiryId";
    public static final String INQUIRY_CODE = "inquiryCode";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CHANNEL = "channel";
    /** The agent who resolved the inquiry; the answer is credited to them. */
    public static final String AGENT = "agent";
    /** ISO-8601 duration of the e-mail delay timer. */
    public static final String EMAIL_DELAY = "surveyEmailDelay";
    public static final String EXPIRES_AT = "surveyExpiresAt";
    public static final String SURVEY_RESPONSE_ID = "surveyResponseId";
    public static final String CSAT = "csat";
    public static final String CES = "ces";
    public static final String NPS = "nps";
    public static final String COMPLAINT = "complaint";
    public static final String FOLLOW_UP = "followUp";

    // The best-answer review form.
    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String AGENT_REPLIES = "agentReplies";
    public static final String SURVEY_COMMENT = "surveyComment";
    public static final String CONVERSATION_URL = "conversationUrl";
    public static final String BEST_ANSWER_TITLE = "bestAnswerTitle";
    public static final String BEST_ANSWER_BODY = "bestAnswerBody";
    public static final String BEST_ANSWER_DECISION = "bestAnswerDecision";
    public static final String REVIEWED_BY = "reviewedBy";

    private SurveyVariables(VariableScope scope) {
        super(scope);
    }

    public static SurveyVariables of(VariableScope scope) {
        return new SurveyVariables(scope);
    }

    /** What the survey process starts with. */
    static Map<String, Object> start(long inquiryId, String inquiryCode, long customerId, String channel, String agent,
                                     Duration emailDelay) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(INQUIRY_ID, inquiryId);
        variables.put(INQUIRY_CODE, inquiryCode);
        variables.put(CUSTOMER_ID, customerId);
        variables.put(CHANNEL, channel);
        variables.put(AGENT, agent);
        variables.put(EMAIL_DELAY, emailDelay.toString());
        return variables;
    }

    public long inquiryId() {
        return longValue(INQUIRY_ID);
    }

    public String inquiryCode() {
        return string(INQUIRY_CODE);
    }

    public long customerId() {
        return longValue(CUSTOMER_ID);
    }

    public String agent() {
        return string(AGENT);
    }

    public long surveyResponseId() {
        return longValue(SURVEY_RESPONSE_ID);
    }

    public String bestAnswerDecision() {
        return string(BEST_ANSWER_DECISION);
    }

    public String bestAnswerTitle() {
        return string(BEST_ANSWER_TITLE);
    }

    public String bestAnswerBody() {
        return string(BEST_ANSWER_BODY);
    }

    public String reviewedBy() {
        return string(REVIEWED_BY);
    }

    public void setExpiresAt(Instant expiresAt) {
        scope.setVariable(EXPIRES_AT, date(expiresAt));
    }

    public void setFollowUpInputs(FollowUpInputs inputs) {
        scope.setVariable(CSAT, inputs.csat());
        scope.setVariable(CES, inputs.ces());
        scope.setVariable(NPS, inputs.nps());
        scope.setVariable(COMPLAINT, inputs.complaint());
    }

    public void setBestAnswerContext(BestAnswerContext context) {
        scope.setVariable(CATEGORY_LABEL, context.categoryLabel());
        scope.setVariable(AGENT_REPLIES, context.agentReplies());
        scope.setVariable(SURVEY_COMMENT, context.customerComment());
        scope.setVariable(CONVERSATION_URL, context.conversationUrl());
        scope.setVariable(BEST_ANSWER_TITLE, context.suggestedTitle());
        scope.setVariable(BEST_ANSWER_BODY, context.suggestedBody());
    }

    /** Only the saved entry matters once it is stored; the copies of customer and agent text go. */
    public void clearBestAnswerText() {
        scope.removeVariable(AGENT_REPLIES);
        scope.removeVariable(SURVEY_COMMENT);
        scope.removeVariable(BEST_ANSWER_BODY);
    }
}
