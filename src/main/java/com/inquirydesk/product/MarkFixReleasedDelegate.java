package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkFixReleased: the hand-off is RELEASED; new reports on the feature open a fresh hand-off from now on. */
@Component("markFixReleasedDelegate")
public class MarkFixReleasedDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;

    public MarkFixReleasedDelegate(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = ProductHandoffVariables.of(execution);
        vars.setRelease(handoffs.markReleased(vars.feedbackId(), vars.release()));
    }
}
