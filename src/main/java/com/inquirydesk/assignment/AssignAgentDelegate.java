package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssignAgent. */
@Component("assignAgentDelegate")
public class AssignAgentDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    public AssignAgentDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        vars.setAssignee(assignments.assign(vars.inquiryId(), vars.candidateGroup()));
    }
}
