package com.inquirydesk.assignment;

import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TransferInquiry: the agent chose another group; assignment starts over there. */
@Component("transferInquiryDelegate")
public class TransferInquiryDelegate implements JavaDelegate {

    private final HandOverService handOver;

    public TransferInquiryDelegate(HandOverService handOver) {
        this.handOver = handOver;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        handOver.handOver(vars.inquiryId(), vars.candidateGroup(), vars.transferGroup(), vars.assignee());
        vars.setCandidateGroup(vars.transferGroup());
        vars.setAssignee(null);
    }
}
