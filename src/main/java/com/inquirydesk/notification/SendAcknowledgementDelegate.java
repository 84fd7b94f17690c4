package com.inquirydesk.notification;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.knowledge.Acknowledgement;
import com.inquirydesk.knowledge.AcknowledgementService;
import com.inquirydesk.knowledge.MessageTemplateService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendAcknowledgement (after an async boundary): the acknowledgement, and the apology with the
 * direct route to an agent when the customer sounded upset, go to the conversation and the outbox.
 */
@Component("sendAcknowledgementDelegate")
public class SendAcknowledgementDelegate implements JavaDelegate {

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final AcknowledgementService acknowledgements;
    private final CustomerNoticeService notices;
    private final SupportNotices supportNotices;

    public SendAcknowledgementDelegate(InquiryService inquiries, CustomerService customers,
                                       AcknowledgementService acknowledgements, CustomerNoticeService notices,
                                       SupportNotices supportNotices) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.acknowledgements = acknowledgements;
        this.notices = notices;
        this.supportNotices = supportNotices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Inquiry inquiry = inquiries.get(InquiryVariables.of(execution).inquiryId());
        Customer customer = customers.get(inquiry.getCustomerId());
        Acknowledgement ack = acknowledgements.compose(inquiry, customer);
        String text = ack.apology() == null ? ack.text() : ack.apology() + "\n\n" + ack.text();
        // The surge apology and the written-channel notice travel in the same message: one mail, not three.
        for (String notice : supportNotices.withAcknowledgement(inquiry, customer).values()) {
            text = text + "\n\n" + notice;
        }
        notices.deliver(inquiry, customer,
                ack.apology() == null ? MessageTemplateService.ACKNOWLEDGEMENT : MessageTemplateService.DISCOMFORT_APOLOGY,
                text);
    }
}
