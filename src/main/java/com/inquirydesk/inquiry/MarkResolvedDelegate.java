package com.inquirydesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MarkResolved: RESOLVED, the resolution outcome recorded, and the reopen window opens. The
 * satisfaction survey starts with the first resolution only; a reopened inquiry is not asked again.
 */
@Component("markResolvedDelegate")
public class MarkResolvedDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final InquiryClock sla;
    private final SatisfactionSurveys surveys;

    public MarkResolvedDelegate(InquiryService inquiries, InquiryClock sla, SatisfactionSurveys surveys) {
        this.inquiries = inquiries;
        this.sla = sla;
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        inquiries.changeStatus(vars.inquiryId(), InquiryStatus.RESOLVED);
        vars.setReopenUntil(sla.resolved(vars.inquiryId()));
        // The process variable names who completed the resolving answer, even when the task was claimed in Tasklist.
        surveys.startSurvey(vars.inquiryId(), vars.assignee());
    }
}
