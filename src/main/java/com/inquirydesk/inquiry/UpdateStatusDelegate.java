package com.inquirydesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the inquiry to the status named by the task's input parameter {@code targetStatus}. */
@Component("updateStatusDelegate")
public class UpdateStatusDelegate implements JavaDelegate {

    private final InquiryService inquiries;

    public UpdateStatusDelegate(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        inquiries.changeStatus(vars.inquiryId(), InquiryStatus.valueOf(vars.targetStatus()));
    }
}
