package com.inquirydesk.voc;

import java.time.Duration;

/** Names in processes/voc-review.bpmn that Java relies on. Rename here and in the diagram together. */
public final class VocReview {

    public static final String PROCESS_KEY = "vocReview";

    public static final String TASK_CREATE_VOC_ITEM = "Task_CreateVocItem";
    public static final String TASK_CONTACT_UNHAPPY_CUSTOMER = "Task_ContactUnhappyCustomer";
    public static final String TASK_REVIEW_VOC = "Task_ReviewVoc";
    public static final String TASK_RECORD_CONTACT = "Task_RecordCustomerContact";
    public static final String TASK_RECORD_REVIEW = "Task_RecordVocReview";
    public static final String TASK_UPDATE_GUIDE_DOCUMENT = "Task_UpdateGuideDocument";
    public static final String TASK_APPLY_GUIDE_UPDATE = "Task_ApplyGuideUpdate";
    public static final String TASK_HAND_OFF_TO_PRODUCT = "Task_HandOffToProduct";
    public static final String TASK_COACH_AGENT = "Task_CoachAgent";
    public static final String TASK_REMIND_CONTACT_OVERDUE = "Task_RemindContactOverdue";
    public static final String TASK_CLOSE_VOC_ITEM = "Task_CloseVocItem";
    public static final String BOUNDARY_CONTACT_OVERDUE = "BoundaryEvent_ContactOverdue";
    public static final String GATEWAY_VOC_ACTION = "Gateway_VocAction";
    public static final String END_CUSTOMER_CONTACTED = "EndEvent_CustomerContacted";
    public static final String END_CONTACT_REMINDED = "EndEvent_ContactReminderSent";
    public static final String END_VOC_CLOSED = "EndEvent_VocClosed";

    public static final String FORM_CONTACT_UNHAPPY_CUSTOMER = "contactUnhappyCustomer";
    public static final String FORM_REVIEW_VOC = "reviewVoc";
    public static final String FORM_UPDATE_GUIDE_DOCUMENT = "updateGuideDocument";
    public static final String FORM_COACH_AGENT = "coachAgent";

    /**
     * Time to the first contact: the contact task's due date and its reminder timer. An unhappy customer
     * should hear from us the same day; four hours of wall-clock time (not business hours) keeps a complaint
     * that arrives on Friday evening from waiting for Monday unnoticed.
     */
    public static final Duration CONTACT_SLA = Duration.ofHours(4);

    /** Values of the review form's {@code vocAction} field. */
    public static final String ACTION_UPDATE_GUIDE = "updateGuide";
    public static final String ACTION_PRODUCT_ISSUE = "productIssue";
    public static final String ACTION_COACH_AGENT = "coachAgent";
    public static final String ACTION_NONE = "none";

    /** Values of the review form's {@code rootCause} field. */
    public static final String ROOT_CAUSE_AGENT_HANDLING = "agent-handling";
    public static final String ROOT_CAUSE_GUIDE_MISSING = "guide-missing";
    public static final String ROOT_CAUSE_PRODUCT_DEFECT = "product-defect";
    public static final String ROOT_CAUSE_POLICY = "policy";
    public static final String ROOT_CAUSE_OTHER = "other";

    private VocReview() {
    }
}
