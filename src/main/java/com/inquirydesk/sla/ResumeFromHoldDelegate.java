package com.inquirydesk.sla;

import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ResumeFromHold: the product team answered (or the customer wrote) while the inquiry was on hold. It is
 * open again for the same agent, and its response clock runs on with the budget that was left when it paused.
 */
@Component("resumeFromHoldDelegate")
public class ResumeFromHoldDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final ResponseClockPauses clocks;

    public ResumeFromHoldDelegate(InquiryService inquiries, ResponseClockPauses clocks) {
        this.inquiries = inquiries;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        inquiries.changeStatus(vars.inquiryId(), InquiryStatus.OPEN);
        ResponseClock clock = clocks.resume(vars.inquiryId());
        if (clock != null) {
            vars.setResponseClock(clock.dueAt(), clock.warnAt());
        }
    }
}
