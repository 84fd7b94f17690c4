package com.inquirydesk.sla;

import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReopenForAgent: the customer wrote back (while we waited, or within the reopen window). The
 * inquiry is open again for the same agent with a fresh next-response clock.
 */
@Component("customerReturnedDelegate")
public class CustomerReturnedDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final SlaService sla;

    public CustomerReturnedDelegate(InquiryService inquiries, SlaService sla) {
        this.inquiries = inquiries;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        inquiries.customerReturned(vars.inquiryId());
        ResponseClock clock = sla.customerReturned(vars.inquiryId());
        vars.setResponseClock(clock.dueAt(), clock.warnAt());
    }
}
