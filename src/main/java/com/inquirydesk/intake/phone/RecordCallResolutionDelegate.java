package com.inquirydesk.intake.phone;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordCallResolution: what the agent told the caller becomes the inquiry's resolving answer. */
@Component("recordCallResolutionDelegate")
public class RecordCallResolutionDelegate implements JavaDelegate {

    private final PhoneInquiryService phoneInquiries;

    public RecordCallResolutionDelegate(PhoneInquiryService phoneInquiries) {
        this.phoneInquiries = phoneInquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = PhoneIntakeVariables.of(execution);
        phoneInquiries.resolveOnCall(vars.inquiryId(), vars.callSummary(), vars.loggedBy());
        vars.clearCallSummary();
    }
}
