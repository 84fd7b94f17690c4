package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindProductTeam: the triage task has waited too long; the whole product team hears it. */
@Component("remindProductTeamDelegate")
public class RemindProductTeamDelegate implements JavaDelegate {

    private final ProductHandoffService handoffs;

    public RemindProductTeamDelegate(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handoffs.remindProductTeam(ProductHandoffVariables.of(execution).feedbackId());
    }
}
