package com.inquirydesk.inquiry;

import java.util.List;

/** Names in processes/inquiry-lifecycle.bpmn that Java relies on. Rename here and in the diagram together. */
public final class InquiryLifecycle {

    public static final String PROCESS_KEY = "inquiryLifecycle";

    public static final String MSG_CUSTOMER_REPLIED = "Msg_CustomerReplied";
    public static final String MSG_AGENT_REQUESTED = "Msg_AgentRequested";
    public static final String MSG_RESOLVED_BY_SELF_SERVICE = "Msg_ResolvedBySelfService";
    public static final String MSG_INQUIRY_WITHDRAWN = "Msg_InquiryWithdrawn";
    /** The product team answered the hand-off an inquiry on hold waits for, or shipped its fix. */
    public static final String MSG_PRODUCT_ANSWERED = "Msg_ProductAnswered";
    public static final String TASK_HOLD_FOR_PRODUCT = "Task_HoldForProduct";
    public static final String GATEWAY_ON_HOLD = "Gateway_OnHold";
    public static final String EVENT_PRODUCT_ANSWERED = "IntermediateCatchEvent_ProductAnswered";
    public static final String EVENT_CUSTOMER_REPLIED_ON_HOLD = "IntermediateCatchEvent_CustomerRepliedOnHold";
    public static final String TASK_RESUME_FROM_HOLD = "Task_ResumeFromHold";

    public static final String TASK_RESPOND = "Task_RespondToInquiry";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";
    public static final String TASK_APPLY_ESCALATION_DECISION = "Task_ApplyEscalationDecision";
    /** One answer of an agent: the response clock check, the respond task, its SLA timers and the escalation they may open. */
    public static final String SUBPROCESS_RESPOND_STEP = "SubProcess_RespondStep";
    public static final String TASK_CHECK_RESPONSE_CLOCK = "Task_CheckResponseClock";
    /** Terminate end of the respond step: an escalation still open for the answered step ends with it. */
    public static final String END_RESPOND_STEP_DONE = "EndEvent_RespondStepDone";
    public static final String GATEWAY_REPLY_ALREADY_IN = "Gateway_ReplyAlreadyIn";
    public static final String GATEWAY_PERSON_REQUESTED = "Gateway_PersonRequested";
    public static final String TASK_RETURN_TO_PERSON = "Task_ReturnToPerson";
    public static final String EVENT_PERSON_REQUESTED_WHILE_WAITING = "ConditionalEvent_PersonRequestedWhileWaiting";
    public static final String EVENT_PERSON_REQUESTED_AFTER_REMINDER = "ConditionalEvent_PersonRequestedAfterReminder";
    public static final String EVENT_PERSON_REQUESTED_AFTER_RESOLUTION = "ConditionalEvent_PersonRequestedAfterResolution";
    /** Where the process waits on the customer; an agent request there brings the inquiry back to a person. */
    public static final List<String> CUSTOMER_WAITS = List.of("Gateway_WaitForCustomer",
            "Gateway_WaitAfterReminder", "Gateway_ReopenWindow");
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String BOUNDARY_RESPONSE_SLA_WARNING = "BoundaryEvent_ResponseSlaWarning";
    public static final String BOUNDARY_RESPONSE_SLA_BREACHED = "BoundaryEvent_ResponseSlaBreached";
    public static final String EVENT_REMINDER_DUE = "IntermediateTimerEvent_ReminderDue";
    public static final String EVENT_AUTO_CLOSE_DUE = "IntermediateTimerEvent_AutoCloseDue";
    public static final String EVENT_REOPEN_WINDOW_OVER = "IntermediateTimerEvent_ReopenWindowOver";
    public static final String END_AUTO_CLOSED = "EndEvent_InquiryAutoClosed";
    public static final String GATEWAY_WAIT_FOR_CUSTOMER = "Gateway_WaitForCustomer";
    public static final String GATEWAY_WAIT_AFTER_REMINDER = "Gateway_WaitAfterReminder";
    public static final String GATEWAY_REOPEN_WINDOW = "Gateway_ReopenWindow";
    public static final String TASK_ANALYSE = "Task_AnalyseInquiry";
    public static final String TASK_ASSIGN_AGENT = "Task_AssignAgent";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String TASK_ROUTE = "Task_RouteInquiry";
    public static final String EVENT_CUSTOMER_REPLIED = "IntermediateCatchEvent_CustomerReplied";
    public static final String EVENT_CUSTOMER_REPLIED_AFTER_REMINDER = "IntermediateCatchEvent_CustomerRepliedAfterReminder";
    public static final String EVENT_CUSTOMER_REPLIED_AFTER_RESOLUTION = "IntermediateCatchEvent_CustomerRepliedAfterResolution";
    public static final String END_MERGED = "EndEvent_InquiryMerged";
    public static final String END_CLOSED = "EndEvent_InquiryClosed";
    public static final String TASK_HANDLE_AGENT_REQUEST = "Task_HandleAgentRequest";
    public static final String TASK_CLOSE_SELF_RESOLVED = "Task_CloseSelfResolved";
    public static final String TASK_CLOSE_WITHDRAWN = "Task_CloseWithdrawn";
    public static final String END_SELF_RESOLVED = "EndEvent_SelfResolved";
    public static final String END_WITHDRAWN = "EndEvent_InquiryWithdrawn";

    /** Input parameter of the closing tasks of the event sub-processes, and the values they give it. */
    public static final String CLOSE_REASON = "closeReason";
    public static final String CLOSE_REASON_SELF_SERVICE = "SELF_SERVICE";
    public static final String CLOSE_REASON_WITHDRAWN = "WITHDRAWN";

    public static final String DECISION_TRIAGE = "inquiryTriage";
    public static final String DECISION_ROUTING = "inquiryRouting";

    public static final String FORM_RESPOND = "respondInquiry";

    /** Values of the respond form's {@code outcome} field. */
    public static final String OUTCOME_REPLIED = "replied";
    public static final String OUTCOME_RESOLVED = "resolved";
    public static final String OUTCOME_TRANSFER = "transfer";
    public static final String OUTCOME_ESCALATE = "escalate";
    public static final String OUTCOME_NEEDS_PRODUCT_INPUT = "needsProductInput";

    public static final String TIER2_GROUP = "tier2";

    private InquiryLifecycle() {
    }
}
