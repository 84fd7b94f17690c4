package com.inquirydesk.voc.weekly;

/** Names in processes/weekly-voc-review.bpmn that Java relies on. Rename here and in the diagram together. */
public final class WeeklyVocReview {

    public static final String PROCESS_KEY = "weeklyVocReview";

    public static final String START_EVERY_MONDAY = "StartEvent_EveryMonday";
    public static final String TASK_COMPILE_REPORT = "Task_CompileWeeklyReport";
    public static final String TASK_REVIEW = "Task_ReviewWeeklyVoc";
    public static final String TASK_RECORD_GUIDE_SELECTION = "Task_RecordGuideSelection";
    public static final String GATEWAY_GUIDE_UPDATES_CHOSEN = "Gateway_GuideUpdatesChosen";
    public static final String SUB_PROCESS_UPDATE_GUIDES = "SubProcess_UpdateGuides";
    public static final String TASK_PREPARE_GUIDE_UPDATE = "Task_PrepareGuideUpdate";
    public static final String TASK_UPDATE_GUIDE_DOCUMENT = "Task_UpdateGuideDocument";
    public static final String TASK_APPLY_GUIDE_UPDATE = "Task_ApplyGuideUpdate";
    public static final String END_REVIEWED = "EndEvent_WeeklyReviewDone";
    public static final String END_NO_GUIDE_UPDATE = "EndEvent_NoGuideUpdate";

    public static final String FORM_REVIEW = "reviewWeeklyVoc";
    public static final String FORM_UPDATE_GUIDE = "updateGuideDocument";

    public static final String SUPERVISORS = "supervisors";
    public static final String KNOWLEDGE_MANAGERS = "knowledge-managers";

    private WeeklyVocReview() {
    }
}
