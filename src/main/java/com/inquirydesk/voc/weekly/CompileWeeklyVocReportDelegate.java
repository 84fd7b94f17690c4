package com.inquirydesk.voc.weekly;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CompileWeeklyReport: the last complete week's report is stored; the process keeps its id and summary. */
@Component("compileWeeklyVocReportDelegate")
public class CompileWeeklyVocReportDelegate implements JavaDelegate {

    private final WeeklyVocReportService reports;

    public CompileWeeklyVocReportDelegate(WeeklyVocReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WeeklyVocVariables.of(execution).setReport(reports.compileLastWeek());
    }
}
