package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyLinkedCustomers: every customer whose inquiry raised the problem hears that the fix shipped, and
 * inquiries still on hold for the hand-off go back to their agents.
 */
@Component("notifyLinkedCustomersDelegate")
public class NotifyLinkedCustomersDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;
    private final ProductHold hold;

    public NotifyLinkedCustomersDelegate(ProductHandoffService handoffs, ProductHold hold) {
        this.handoffs = handoffs;
        this.hold = hold;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = ProductHandoffVariables.of(execution);
        handoffs.notifyLinkedCustomers(vars.feedbackId());
        hold.fixShipped(vars.feedbackId(), vars.release());
    }
}
