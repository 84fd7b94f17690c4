package com.inquirydesk.voc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindContactOverdue: the unhappy customer has waited too long for a call; the supervisors hear it. */
@Component("remindContactOverdueDelegate")
public class RemindContactOverdueDelegate implements JavaDelegate {

    private final VocService voc;

    public RemindContactOverdueDelegate(VocService voc) {
        this.voc = voc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        voc.remindContactOverdue(VocVariables.of(execution).vocItemId(), VocReview.CONTACT_SLA);
    }
}
