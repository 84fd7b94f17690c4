package com.inquirydesk.voc.weekly;

import com.inquirydesk.system.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to the variables of {@code weeklyVocReview}. The report itself stays in weekly_voc_report;
 * the process carries its id, a short Korean summary for the review form (engine text variables hold at most
 * 4000 characters) and the supervisor's choice.
 */
public final class WeeklyVocVariables extends ProcessVariables {

    public static final String REPORT_ID = "weeklyReportId";
    public static final String WEEK_LABEL = "weekLabel";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String REPORT_URL = "reportUrl";
    /** Flagged categories as "CODE:라벨" pairs joined by commas; the review form's checklist builds its options from it. */
    public static final String GUIDE_CATEGORY_CHOICES = "guideCategoryChoices";
    /** The review form's checklist: the categories whose guide should be updated. */
    public static final String GUIDE_CATEGORIES = "guideCategories";
    public static final String REVIEW_NOTE = "reviewNote";
    /** The checked categories as a plain list: the collection of the multi-instance guide update. */
    public static final String GUIDE_CATEGORY_LIST = "guideCategoryList";
    public static final String GUIDE_UPDATE_COUNT = "guideUpdateCount";
    /** Element variable of the multi-instance guide update: the category whose guide this instance updates. */
    public static final String GUIDE_CATEGORY = "guideCategory";

    // Read by the updateGuideDocument form of the VOC feature; local to each category's guide update.
    public static final String VOC_KEYWORDS = "vocKeywords";
    public static final String CONVERSATION_URL = "conversationUrl";

    private WeeklyVocVariables(VariableScope scope) {
        super(scope);
    }

    public static WeeklyVocVariables of(VariableScope scope) {
        return new WeeklyVocVariables(scope);
    }

    public long reportId() {
        return longValue(REPORT_ID);
    }

    public String guideCategory() {
        return string(GUIDE_CATEGORY);
    }

    public Object guideCategories() {
        return scope.getVariable(GUIDE_CATEGORIES);
    }

    public String reviewNote() {
        return string(REVIEW_NOTE);
    }

    public void setReport(WeeklyVocReportService.Compiled compiled) {
        scope.setVariable(REPORT_ID, compiled.id());
        scope.setVariable(WEEK_LABEL, compiled.weekLabel());
        scope.setVariable(REPORT_SUMMARY, compiled.summary());
        scope.setVariable(REPORT_URL, compiled.url());
        scope.setVariable(GUIDE_CATEGORY_CHOICES, compiled.guideCategoryChoices());
        // Tasklist submits a checklist's array with the type of the variable it finds; without Spin a new
        // "Json" variable would be refused, so the choice starts as an empty String and arrives as JSON text.
        scope.setVariable(GUIDE_CATEGORIES, "");
    }

    public void setGuideSelection(List<String> categories) {
        scope.setVariable(GUIDE_CATEGORY_LIST, new ArrayList<>(categories));
        scope.setVariable(GUIDE_UPDATE_COUNT, categories.size());
    }

    /** On the scope of one category's guide update, so parallel updates do not overwrite each other's context. */
    public void setGuideContextLocal(GuideUpdateContext context) {
        scope.setVariableLocal(VOC_KEYWORDS, context.vocKeywords());
        scope.setVariableLocal(CONVERSATION_URL, context.conversationUrl());
    }
}
