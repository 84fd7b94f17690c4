package com.inquirydesk.triage;

import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AnalyseInquiry: discomfort, category suggestion and duplicate detection. */
@Component("analyseInquiryDelegate")
public class AnalyseInquiryDelegate implements JavaDelegate {

    private final TriageService triage;

    public AnalyseInquiryDelegate(TriageService triage) {
        this.triage = triage;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        TriageService.Analysis analysis = triage.analyse(vars.inquiryId());
        vars.setCategory(analysis.category());
        vars.setDiscomfort(analysis.discomfort());
        vars.setDuplicateOf(analysis.duplicateOfId(), analysis.duplicateOfCode());
    }
}
