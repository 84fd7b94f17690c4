package com.inquirydesk.intake.phone;

/** Names in processes/phone-inquiry-intake.bpmn that Java relies on. Rename here and in the diagram together. */
public final class PhoneIntake {

    public static final String PROCESS_KEY = "phoneInquiryIntake";
    public static final String FORM_LOG_CALL = "log-phone-inquiry";

    public static final String START_CALL_LOGGED = "StartEvent_PhoneCallLogged";
    public static final String TASK_REGISTER = "Task_RegisterPhoneInquiry";
    public static final String GATEWAY_RESOLVED_ON_CALL = "Gateway_ResolvedOnCall";
    public static final String TASK_RECORD_RESOLUTION = "Task_RecordCallResolution";
    public static final String END_QUEUED = "EndEvent_PhoneInquiryQueued";
    public static final String END_RESOLVED = "EndEvent_PhoneInquiryResolved";

    private PhoneIntake() {
    }
}
