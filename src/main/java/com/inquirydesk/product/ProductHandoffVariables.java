package com.inquirydesk.product;

import com.inquirydesk.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of {@code productHandoff}. The hand-off's data lives in table
 * product_feedback; the process carries its id, the triage decision and what the triage form shows.
 */
public final class ProductHandoffVariables extends ProcessVariables {

    public static final String FEEDBACK_ID = "feedbackId";
    public static final String FEATURE_KEY = "featureKey";
    /** ISO-8601 duration of the reminder timer on the triage task, taken from configuration at start. */
    public static final String TRIAGE_REMINDER_AFTER = "triageReminderAfter";
    public static final String DECISION = "decision";
    public static final String TARGET_RELEASE = "targetRelease";
    public static final String ANSWER = "answer";
    /** The release that shipped the fix: from the API's message or the form's target release. */
    public static final String RELEASE = "release";

    // Shown by the triage form; refreshed when the task is created and whenever feedback joins.
    public static final String FEATURE_TITLE = "featureTitle";
    public static final String AFFECTED_CUSTOMERS = "affectedCustomers";
    public static final String LINKED_INQUIRIES = "linkedInquiries";
    public static final String LATEST_SUMMARIES = "latestSummaries";
    public static final String LATEST_INQUIRY_URL = "latestInquiryUrl";

    private ProductHandoffVariables(VariableScope scope) {
        super(scope);
    }

    public static ProductHandoffVariables of(VariableScope scope) {
        return new ProductHandoffVariables(scope);
    }

    public long feedbackId() {
        return longValue(FEEDBACK_ID);
    }

    public String decision() {
        return string(DECISION);
    }

    public String targetRelease() {
        return blankToNull(string(TARGET_RELEASE));
    }

    public String answer() {
        return blankToNull(string(ANSWER));
    }

    public String release() {
        return blankToNull(string(RELEASE));
    }

    public void setRelease(String release) {
        scope.setVariable(RELEASE, release);
    }

    /** Each triage starts with an empty decision, so a stale value can never route the hand-off. */
    public void clearFormInput() {
        scope.removeVariable(DECISION);
        scope.removeVariable(TARGET_RELEASE);
        scope.removeVariable(ANSWER);
    }

    public void setContext(HandoffContext context) {
        scope.setVariable(FEATURE_TITLE, context.featureTitle());
        scope.setVariable(AFFECTED_CUSTOMERS, context.affectedCustomers());
        scope.setVariable(LINKED_INQUIRIES, context.linkedInquiries());
        scope.setVariable(LATEST_SUMMARIES, context.latestSummaries());
        scope.setVariable(LATEST_INQUIRY_URL, context.latestInquiryUrl());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
