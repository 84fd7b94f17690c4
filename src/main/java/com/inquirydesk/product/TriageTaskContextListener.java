package com.inquirydesk.product;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of Task_TriageProductFeedback: the hand-off's current size and reports, and an empty decision. */
@Component("triageTaskContextListener")
public class TriageTaskContextListener implements TaskListener {

    private final ProductHandoffService handoffs;

    public TriageTaskContextListener(ProductHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public void notify(DelegateTask task) {
        var vars = ProductHandoffVariables.of(task.getExecution());
        vars.clearFormInput();
        vars.setContext(handoffs.context(vars.feedbackId()));
    }
}
