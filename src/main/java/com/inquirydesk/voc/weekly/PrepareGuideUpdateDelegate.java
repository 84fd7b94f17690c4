package com.inquirydesk.voc.weekly;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareGuideUpdate: the chosen category's keywords and a conversation link for the guide editor's form. */
@Component("prepareGuideUpdateDelegate")
public class PrepareGuideUpdateDelegate implements JavaDelegate {

    private final WeeklyVocReportService reports;

    public PrepareGuideUpdateDelegate(WeeklyVocReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = WeeklyVocVariables.of(execution);
        vars.setGuideContextLocal(reports.guideContext(vars.reportId(), vars.guideCategory()));
    }
}
