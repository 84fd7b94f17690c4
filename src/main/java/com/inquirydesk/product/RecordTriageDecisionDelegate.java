package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordTriageDecision: the hand-off's status follows the team's decision; a fix already out names its release.
 * The decision is the team's answer: inquiries on hold for it go back to their agents.
 */
@Component("recordTriageDecisionDelegate")
public class RecordTriageDecisionDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;
    private final ProductHold hold;

    public RecordTriageDecisionDelegate(ProductHandoffService handoffs, ProductHold hold) {
        this.handoffs = handoffs;
        this.hold = hold;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = ProductHandoffVariables.of(execution);
        handoffs.recordDecision(vars.feedbackId(), vars.decision(), vars.targetRelease(), vars.answer());
        if (ProductHandoff.DECISION_RELEASED.equals(vars.decision())) {
            vars.setRelease(vars.targetRelease());
        } else {
            // For "released" the notify step brings the held inquiries back, once their customers were told.
            hold.answered(vars.feedbackId(), vars.decision(), vars.targetRelease(), vars.answer());
        }
    }
}
