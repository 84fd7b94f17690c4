package com.inquirydesk.inquiry;

import com.inquirydesk.sla.SlaService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkResolved: RESOLVED, the resolution outcome recorded, and the reopen window opens. */
@Component("markResolvedDelegate")
public class MarkResolvedDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final SlaService sla;

    public MarkResolvedDelegate(InquiryService inquiries, SlaService sla) {
        this.inquiries = inquiries;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        inquiries.changeStatus(vars.inquiryId(), InquiryStatus.RESOLVED);
        vars.setReopenUntil(sla.resolved(vars.inquiryId()));
    }
}
