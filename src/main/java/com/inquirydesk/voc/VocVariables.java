package com.inquirydesk.voc;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to the variables of {@code vocReview}. */
public final class VocVariables {

    // Set by the survey when it starts the review.
    public static final String INQUIRY_ID = "inquiryId";
    public static final String INQUIRY_CODE = "inquiryCode";
    public static final String CUSTOMER_ID = "customerId";
    public static final String SURVEY_RESPONSE_ID = "surveyResponseId";

    public static final String VOC_ITEM_ID = "vocItemId";
    /** Due date of the contact task and the moment its reminder timer fires. */
    public static final String CONTACT_DUE = "contactDue";

    // Shown by the forms.
    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String VOC_KEYWORDS = "vocKeywords";
    public static final String SENTIMENT = "sentiment";
    public static final String SENTIMENT_LABEL = "sentimentLabel";
    public static final String SURVEY_COMMENT = "surveyComment";
    public static final String SURVEY_SCORES = "surveyScores";
    public static final String AGENT = "agent";
    public static final String CONVERSATION_URL = "conversationUrl";
    /** Prefills the guide form with the inquiry's category. */
    public static final String GUIDE_CATEGORY = "guideCategory";

    // Taken by the forms.
    public static final String CONTACT_RESULT = "contactResult";
    public static final String CONTACT_NOTE = "contactNote";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String VOC_ACTION = "vocAction";
    public static final String FEATURE_KEY = "featureKey";
    public static final String PRODUCT_SUMMARY = "productSummary";
    public static final String COACHING_NOTE = "coachingNote";

    private final VariableScope scope;

    private VocVariables(VariableScope scope) {
        this.scope = scope;
    }

    public static VocVariables of(VariableScope scope) {
        return new VocVariables(scope);
    }

    public long inquiryId() {
        return ((Number) scope.getVariable(INQUIRY_ID)).longValue();
    }

    public String inquiryCode() {
        return (String) scope.getVariable(INQUIRY_CODE);
    }

    public long customerId() {
        return ((Number) scope.getVariable(CUSTOMER_ID)).longValue();
    }

    public Long surveyResponseId() {
        Object id = scope.getVariable(SURVEY_RESPONSE_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    public long vocItemId() {
        return ((Number) scope.getVariable(VOC_ITEM_ID)).longValue();
    }

    public String contactResult() {
        return (String) scope.getVariable(CONTACT_RESULT);
    }

    public String contactNote() {
        return (String) scope.getVariable(CONTACT_NOTE);
    }

    public String rootCause() {
        return (String) scope.getVariable(ROOT_CAUSE);
    }

    public String vocAction() {
        return (String) scope.getVariable(VOC_ACTION);
    }

    public String featureKey() {
        return (String) scope.getVariable(FEATURE_KEY);
    }

    public String productSummary() {
        return (String) scope.getVariable(PRODUCT_SUMMARY);
    }

    public String coachingNote() {
        return (String) scope.getVariable(COACHING_NOTE);
    }

    public void setContactDue(Instant due) {
        scope.setVariable(CONTACT_DUE, Date.from(due));
    }

    public void setContext(VocContext context) {
        scope.setVariable(VOC_ITEM_ID, context.vocItemId());
        scope.setVariable(CATEGORY_LABEL, context.categoryLabel());
        scope.setVariable(GUIDE_CATEGORY, context.category());
        scope.setVariable(VOC_KEYWORDS, context.keywords());
        scope.setVariable(SENTIMENT, context.sentiment().name());
        scope.setVariable(SENTIMENT_LABEL, context.sentiment().label());
        scope.setVariable(SURVEY_COMMENT, context.comment());
        scope.setVariable(SURVEY_SCORES, context.scores());
        scope.setVariable(AGENT, context.agent());
        scope.setVariable(CONVERSATION_URL, context.conversationUrl());
    }
}
