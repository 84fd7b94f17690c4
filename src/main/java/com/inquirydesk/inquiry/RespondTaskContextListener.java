package com.inquirydesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On creation of Task_RespondToInquiry: fresh context for the form and an empty answer. */
@Component("respondTaskContextListener")
public class RespondTaskContextListener implements TaskListener {

    private final InquiryService inquiries;

    public RespondTaskContextListener(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void notify(DelegateTask task) {
        var vars = InquiryVariables.of(task.getExecution());
        vars.clearFormInput();
        vars.setRespondContext(inquiries.respondContext(vars.inquiryId()));
    }
}
