package com.inquirydesk.product;

/** Names in processes/product-handoff.bpmn that Java relies on. Rename here and in the diagram together. */
public final class ProductHandoff {

    public static final String PROCESS_KEY = "productHandoff";

    public static final String MSG_FEEDBACK_ADDED = "Msg_ProductFeedbackAdded";
    public static final String MSG_FIX_RELEASED = "Msg_FixReleased";

    public static final String TASK_TRIAGE = "Task_TriageProductFeedback";
    public static final String TASK_RECORD_DECISION = "Task_RecordTriageDecision";
    public static final String TASK_REMIND_PRODUCT_TEAM = "Task_RemindProductTeam";
    public static final String TASK_REFRESH_CONTEXT = "Task_RefreshTriageContext";
    public static final String TASK_MARK_FIX_RELEASED = "Task_MarkFixReleased";
    public static final String TASK_NOTIFY_LINKED_CUSTOMERS = "Task_NotifyLinkedCustomers";
    public static final String BOUNDARY_TRIAGE_REMINDER = "BoundaryEvent_TriageReminder";
    public static final String BOUNDARY_FIX_RELEASED_BEFORE_TRIAGE = "BoundaryEvent_FixReleasedBeforeTriage";
    public static final String EVENT_FIX_RELEASED = "IntermediateCatchEvent_FixReleased";
    public static final String END_DECLINED = "EndEvent_HandoffDeclined";
    public static final String END_CUSTOMERS_TOLD = "EndEvent_CustomersTold";
    public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
    public static final String END_CONTEXT_REFRESHED = "EndEvent_TriageContextRefreshed";

    public static final String FORM_TRIAGE = "triageProductFeedback";

    /** Values of the triage form's {@code decision} field. */
    public static final String DECISION_ACCEPTED = "accepted";
    public static final String DECISION_PLANNED = "planned";
    public static final String DECISION_DECLINED = "declined";
    public static final String DECISION_NEED_INFO = "needInfo";
    public static final String DECISION_RELEASED = "released";

    /** The Camunda group that triages hand-offs and announces fixes (DESIGN §2). */
    public static final String PRODUCT_TEAM = "product-team";

    private ProductHandoff() {
    }
}
