package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RefreshTriageContext: feedback joined the hand-off, so the counts and latest reports the triage
 * form shows are read again. The variables live on the process instance, where the form finds them.
 */
@Component("refreshTriageContextDelegate")
public class RefreshTriageContextDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;

    public RefreshTriageContextDelegate(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = ProductHandoffVariables.of(execution.getProcessInstance());
        vars.setContext(handoffs.context(vars.feedbackId()));
    }
}
