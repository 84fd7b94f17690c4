package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryLifecycle;
import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EscalateInquiry: hands the inquiry to second-level support. */
@Component("escalateInquiryDelegate")
public class EscalateInquiryDelegate implements JavaDelegate {

    private final HandOverService handOver;

    public EscalateInquiryDelegate(HandOverService handOver) {
        this.handOver = handOver;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        handOver.handOver(vars.inquiryId(), vars.candidateGroup(), InquiryLifecycle.TIER2_GROUP, vars.assignee());
        vars.setCandidateGroup(InquiryLifecycle.TIER2_GROUP);
        vars.setAssignee(null);
    }
}
