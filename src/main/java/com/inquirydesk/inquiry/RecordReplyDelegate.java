package com.inquirydesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReply: an answer goes into the customer's conversation and stops the response clock;
 * text written while handing the inquiry over (transfer, escalate) is kept as an internal note for
 * the next agent, and the clock keeps running.
 */
@Component("recordReplyDelegate")
public class RecordReplyDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final InquiryClock sla;
    private final ReplyDelivery delivery;

    public RecordReplyDelegate(InquiryService inquiries, InquiryClock sla, ReplyDelivery delivery) {
        this.inquiries = inquiries;
        this.sla = sla;
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var vars = InquiryVariables.of(execution);
        String reply = vars.reply();
        if (reply != null && !reply.isBlank()) {
            String outcome = vars.outcome();
            if (InquiryLifecycle.OUTCOME_REPLIED.equals(outcome) || InquiryLifecycle.OUTCOME_RESOLVED.equals(outcome)) {
                inquiries.recordReply(vars.inquiryId(), reply.strip(), vars.assignee());
                delivery.queueReply(vars.inquiryId(), reply.strip(), vars.assignee());
                sla.answered(vars.inquiryId());
            } else {
                inquiries.addNote(vars.inquiryId(), reply.strip(), vars.assignee());
            }
        }
        vars.clearReply();
    }
}
