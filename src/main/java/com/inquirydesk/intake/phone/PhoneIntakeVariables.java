package com.inquirydesk.intake.phone;

import com.inquirydesk.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of {@code phoneInquiryIntake}. The start form's fields (field key = variable
 * name) carry the caller's details and what was said only until the inquiry is registered; after that the
 * process keeps references (inquiry id and code, who logged the call) and the one decision it acts on.
 */
public final class PhoneIntakeVariables extends ProcessVariables {

    public static final String CALLER_PHONE = "callerPhone";
    public static final String CALLER_NAME = "callerName";
    public static final String CATEGORY = "category";
    public static final String SUBJECT = "subject";
    public static final String CALL_NOTES = "callNotes";
    public static final String RESOLVED_ON_CALL = "resolvedOnCall";
    public static final String CALL_SUMMARY = "callSummary";

    public static final String INQUIRY_ID = "inquiryId";
    public static final String INQUIRY_CODE = "inquiryCode";
    public static final String LOGGED_BY = "loggedBy";

    private PhoneIntakeVariables(VariableScope scope) {
        super(scope);
    }

    public static PhoneIntakeVariables of(VariableScope scope) {
        return new PhoneIntakeVariables(scope);
    }

    public PhoneCall call() {
        return new PhoneCall(text(CALLER_PHONE), text(CALLER_NAME), text(CATEGORY), text(SUBJECT), text(CALL_NOTES),
                resolvedOnCall(), text(CALL_SUMMARY));
    }

    public boolean resolvedOnCall() {
        Object value = scope.getVariable(RESOLVED_ON_CALL);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    public long inquiryId() {
        return longValue(INQUIRY_ID);
    }

    public String inquiryCode() {
        return string(INQUIRY_CODE);
    }

    public String loggedBy() {
        return string(LOGGED_BY);
    }

    public String callSummary() {
        return text(CALL_SUMMARY);
    }

    /** Keeps the references and forgets the caller's details and words: they now live in the inquiry tables. */
    public void setRegistered(long inquiryId, String code, String loggedBy) {
        scope.setVariable(INQUIRY_ID, inquiryId);
        scope.setVariable(INQUIRY_CODE, code);
        scope.setVariable(LOGGED_BY, loggedBy);
        scope.setVariable(RESOLVED_ON_CALL, resolvedOnCall());
        scope.removeVariable(CALLER_PHONE);
        scope.removeVariable(CALLER_NAME);
        scope.removeVariable(CALL_NOTES);
        scope.removeVariable(SUBJECT);
    }

    public void clearCallSummary() {
        scope.removeVariable(CALL_SUMMARY);
    }

    private String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
