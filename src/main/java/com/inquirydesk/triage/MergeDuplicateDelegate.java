package com.inquirydesk.triage;

import com.inquirydesk.inquiry.InquiryVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MergeDuplicate. */
@Component("mergeDuplicateDelegate")
public class MergeDuplicateDelegate implements JavaDelegate {

    private final MergeService merges;

    public MergeDuplicateDelegate(MergeService merges) {
        this.merges = merges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        merges.merge(vars.inquiryId(), vars.duplicateOfId());
    }
}
