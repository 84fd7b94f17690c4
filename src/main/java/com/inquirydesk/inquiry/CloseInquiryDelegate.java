package com.inquirydesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseSelfResolved and Task_CloseWithdrawn: the customer ended the inquiry, and the task's input
 * parameter {@code closeReason} says how, so reports can tell self-service from withdrawal.
 */
@Component("closeInquiryDelegate")
public class CloseInquiryDelegate implements JavaDelegate {

    private final InquiryService inquiries;

    public CloseInquiryDelegate(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // Local only: a reason left on the process by another path must not be mistaken for this task's.
        if (!(execution.getVariableLocal(InquiryLifecycle.CLOSE_REASON) instanceof String reason) || reason.isBlank()) {
            throw new IllegalStateException(execution.getCurrentActivityId() + " has no input parameter "
                    + InquiryLifecycle.CLOSE_REASON);
        }
        inquiries.close(InquiryVariables.of(execution).inquiryId(), reason);
    }
}
