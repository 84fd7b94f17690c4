package com.inquirydesk.inquiry;

import com.inquirydesk.system.ProcessVariables;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of {@code inquiryLifecycle}. They carry references and decisions
 * only; customer text stays in the inquiry tables except what the respond form must show or take.
 */
public final class InquiryVariables extends ProcessVariables {

    public static final String INQUIRY_ID = "inquiryId";
    public static final String INQUIRY_CODE = "inquiryCode";
    public static final String CUSTOMER_ID = "customerId";
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String CUSTOMER_TIER = "customerTier";
    public static final String DISCOMFORT = "discomfort";
    public static final String DUPLICATE_OF_ID = "duplicateOfId";
    public static final String DUPLICATE_OF_CODE = "duplicateOfCode";
    public static final String TRIAGE = "triage";
    public static final String PRIORITY = "priority";
    public static final String SLA_POLICY = "slaPolicy";
    public static final String TASK_PRIORITY = "taskPriority";
    /** Due time of the running response clock: the respond task's due date and its breach timer. */
    public static final String RESPONSE_DUE = "responseDue";
    /** When the warning timer on the respond task fires (80 % of the response budget). */
    public static final String RESPONSE_WARN_AT = "responseWarnAt";
    public static final String REMINDER_AT = "reminderAt";
    public static final String AUTO_CLOSE_AT = "autoCloseAt";
    public static final String REOPEN_UNTIL = "reopenUntil";
    public static final String CANDIDATE_GROUP = "candidateGroup";
    public static final String ASSIGNEE = "assignee";
    public static final String OUTCOME = "outcome";
    public static final String REPLY = "reply";
    public static final String TRANSFER_GROUP = "transferGroup";
    /** Respond form field for outcome needsProductInput: the product feature to hand off, e.g. {@code app-login}. */
    public static final String PRODUCT_FEATURE = "productFeature";
    /** The product hand-off an inquiry on hold waits for; Msg_ProductAnswered is correlated on it. */
    public static final String HELD_FOR_FEEDBACK_ID = "heldForFeedbackId";
    public static final String TARGET_STATUS = "targetStatus";
    /** Set by the agent-request handling while the process waits on the customer; the conditional events there fire on it. */
    public static final String PERSON_REQUESTED = "personRequested";
    /** Set by Task_AwaitCustomer: the customer wrote after the answer, before the process started to listen. */
    public static final String CUSTOMER_REPLY_PENDING = "customerReplyPending";

    // Shown by the respond form; refreshed each time the task is created.
    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String CUSTOMER_SEGMENT = "customerSegment";
    public static final String HISTORY_SUMMARY = "historySummary";
    public static final String CUSTOMER_MESSAGE = "customerMessage";
    public static final String CONVERSATION_URL = "conversationUrl";
    /** The answers to the inquiry type's extra fields, "라벨: 값" per line, read-only on the respond form. */
    public static final String INQUIRY_FIELDS = "inquiryFields";

    private InquiryVariables(VariableScope scope) {
        super(scope);
    }

    public static InquiryVariables of(VariableScope scope) {
        return new InquiryVariables(scope);
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

    public String category() {
        return string(CATEGORY);
    }

    public long duplicateOfId() {
        return longValue(DUPLICATE_OF_ID);
    }

    public String candidateGroup() {
        return string(CANDIDATE_GROUP);
    }

    public String outcome() {
        return string(OUTCOME);
    }

    public String reply() {
        return string(REPLY);
    }

    public String transferGroup() {
        return string(TRANSFER_GROUP);
    }

    public String productFeature() {
        return string(PRODUCT_FEATURE);
    }

    public void setHeldForFeedbackId(long feedbackId) {
        scope.setVariable(HELD_FOR_FEEDBACK_ID, feedbackId);
    }

    public String assignee() {
        return string(ASSIGNEE);
    }

    public String targetStatus() {
        return string(TARGET_STATUS);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> triage() {
        return (Map<String, Object>) scope.getVariable(TRIAGE);
    }

    public void setCategory(String category) {
        scope.setVariable(CATEGORY, category);
    }

    public void setDiscomfort(boolean discomfort) {
        scope.setVariable(DISCOMFORT, discomfort);
    }

    public void setDuplicateOf(Long inquiryId, String code) {
        scope.setVariable(DUPLICATE_OF_ID, inquiryId);
        scope.setVariable(DUPLICATE_OF_CODE, code);
    }

    public void setTriageOutcome(Priority priority, String slaPolicy) {
        scope.setVariable(SLA_POLICY, slaPolicy);
        setPriority(priority);
        scope.removeVariable(TRIAGE);
    }

    public void setPriority(Priority priority) {
        scope.setVariable(PRIORITY, priority.name());
        scope.setVariable(TASK_PRIORITY, priority.taskPriority());
    }

    public void setResponseClock(Instant due, Instant warnAt) {
        scope.setVariable(RESPONSE_DUE, date(due));
        scope.setVariable(RESPONSE_WARN_AT, date(warnAt));
    }

    public void setReminderAt(Instant at) {
        scope.setVariable(REMINDER_AT, date(at));
    }

    public void setAutoCloseAt(Instant at) {
        scope.setVariable(AUTO_CLOSE_AT, date(at));
    }

    public void setReopenUntil(Instant at) {
        scope.setVariable(REOPEN_UNTIL, date(at));
    }

    public void setCandidateGroup(String group) {
        scope.setVariable(CANDIDATE_GROUP, group);
    }

    /** {@code null} leaves the task in the group queue; the variable must exist for the task's assignee expression. */
    public void setAssignee(String assignee) {
        scope.setVariable(ASSIGNEE, assignee);
    }

    public void setPersonRequested(boolean requested) {
        scope.setVariable(PERSON_REQUESTED, requested);
    }

    public void setCustomerReplyPending(boolean pending) {
        scope.setVariable(CUSTOMER_REPLY_PENDING, pending);
    }

    public void clearReply() {
        scope.removeVariable(REPLY);
    }

    /** Each round of the respond task starts with an empty form. */
    public void clearFormInput() {
        scope.removeVariable(REPLY);
        scope.removeVariable(OUTCOME);
        scope.removeVariable(TRANSFER_GROUP);
        scope.removeVariable(PRODUCT_FEATURE);
    }

    public void setRespondContext(RespondContext context) {
        scope.setVariable(CATEGORY_LABEL, context.categoryLabel());
        scope.setVariable(CUSTOMER_SEGMENT, context.customerSegment());
        scope.setVariable(HISTORY_SUMMARY, context.historySummary());
        scope.setVariable(CUSTOMER_MESSAGE, context.customerMessage());
        scope.setVariable(CONVERSATION_URL, context.conversationUrl());
        scope.setVariable(INQUIRY_FIELDS, context.inquiryFields());
    }
}
