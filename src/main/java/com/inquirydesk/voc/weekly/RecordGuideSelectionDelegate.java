package com.inquirydesk.voc.weekly;

import com.inquirydesk.system.CurrentStaff;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordGuideSelection: the categories checked in the review are kept with the report and become the
 * collection of the guide updates.
 */
@Component("recordGuideSelectionDelegate")
public class RecordGuideSelectionDelegate implements JavaDelegate {

    private final WeeklyVocReportService reports;

    public RecordGuideSelectionDelegate(WeeklyVocReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = WeeklyVocVariables.of(execution);
        List<String> categories = GuideCategorySelection.parse(vars.guideCategories());
        reports.recordGuideSelection(vars.reportId(), categories, CurrentStaff.userId(execution),
                vars.reviewNote());
        vars.setGuideSelection(categories);
    }
}
