package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyLinkedCustomers: every customer whose inquiry raised the problem hears that the fix shipped. */
@Component("notifyLinkedCustomersDelegate")
public class NotifyLinkedCustomersDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;

    public NotifyLinkedCustomersDelegate(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handoffs.notifyLinkedCustomers(ProductHandoffVariables.of(execution).feedbackId());
    }
}
