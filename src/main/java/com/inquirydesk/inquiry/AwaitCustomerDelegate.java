package com.inquirydesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AwaitCustomer: the ball is in the customer's court; the resolution budget pauses, a reminder is
 * planned. A customer message that arrived after the answer but before the process listened is noted,
 * and Gateway_ReplyAlreadyIn then takes it straight back to the agent.
 */
@Component("awaitCustomerDelegate")
public class AwaitCustomerDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final InquiryClock sla;

    public AwaitCustomerDelegate(InquiryService inquiries, InquiryClock sla) {
        this.inquiries = inquiries;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        inquiries.changeStatus(vars.inquiryId(), InquiryStatus.WAITING_CUSTOMER);
        vars.setReminderAt(sla.waitingOnCustomer(vars.inquiryId()));
        vars.setCustomerReplyPending(inquiries.customerWroteSinceLastAnswer(vars.inquiryId()));
    }
}
