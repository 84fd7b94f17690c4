package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordTriageDecision: the hand-off's status follows the team's decision; a fix already out names its release. */
@Component("recordTriageDecisionDelegate")
public class RecordTriageDecisionDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;

    public RecordTriageDecisionDelegate(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = ProductHandoffVariables.of(execution);
        handoffs.recordDecision(vars.feedbackId(), vars.decision(), vars.targetRelease(), vars.answer());
        if (ProductHandoff.DECISION_RELEASED.equals(vars.decision())) {
            vars.setRelease(vars.targetRelease());
        }
    }
}
