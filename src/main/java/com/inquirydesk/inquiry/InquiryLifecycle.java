package com.inquirydesk.inquiry;

/** Names in processes/inquiry-lifecycle.bpmn that Java relies on. Rename here and in the diagram together. */
public final class InquiryLifecycle {

    public static final String PROCESS_KEY = "inquiryLifecycle";

    public static final String MSG_CUSTOMER_REPLIED = "Msg_CustomerReplied";

    public static final String TASK_RESPOND = "Task_RespondToInquiry";
    public static final String TASK_ANALYSE = "Task_AnalyseInquiry";
    public static final String TASK_ASSIGN_AGENT = "Task_AssignAgent";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String TASK_ROUTE = "Task_RouteInquiry";
    public static final String EVENT_CUSTOMER_REPLIED = "IntermediateCatchEvent_CustomerReplied";
    public static final String END_MERGED = "EndEvent_InquiryMerged";
    public static final String END_CLOSED = "EndEvent_InquiryClosed";

    public static final String DECISION_TRIAGE = "inquiryTriage";
    public static final String DECISION_ROUTING = "inquiryRouting";

    public static final String FORM_RESPOND = "respondInquiry";

    /** Values of the respond form's {@code outcome} field. */
    public static final String OUTCOME_REPLIED = "replied";
    public static final String OUTCOME_RESOLVED = "resolved";
    public static final String OUTCOME_TRANSFER = "transfer";
    public static final String OUTCOME_ESCALATE = "escalate";

    public static final String TIER2_GROUP = "tier2";

    private InquiryLifecycle() {
    }
}
