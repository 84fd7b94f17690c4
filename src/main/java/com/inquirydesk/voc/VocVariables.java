package com.inquirydesk.voc;

import com.inquirydesk.system.ProcessVariables;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to the variables of {@code vocReview}. */
public final class VocVariables extends ProcessVariables {

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

    private VocVariables(VariableScope scope) {
        super(scope);
    }

    public static VocVariables of(VariableScope scope) {
        return new VocVariables(scope);
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

    public Long surveyResponseId() {
        return optionalLong(SURVEY_RESPONSE_ID);
    }

    public long vocItemId() {
        return longValue(VOC_ITEM_ID);
    }

    public String contactResult() {
        return string(CONTACT_RESULT);
    }

    public String contactNote() {
        return string(CONTACT_NOTE);
    }

    public String rootCause() {
        return string(ROOT_CAUSE);
    }

    public String vocAction() {
        return string(VOC_ACTION);
    }

    public String featureKey() {
        return string(FEATURE_KEY);
    }

    public String productSummary() {
        return string(PRODUCT_SUMMARY);
    }

    public String coachingNote() {
        return string(COACHING_NOTE);
    }

    public void setContactDue(Instant due) {
        scope.setVariable(CONTACT_DUE, date(due));
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
