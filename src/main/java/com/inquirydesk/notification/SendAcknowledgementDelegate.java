package com.inquirydesk.notification;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.InquiryAccessKeys;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryVariables;
import com.inquirydesk.knowledge.Acknowledgement;
import com.inquirydesk.knowledge.AcknowledgementService;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.system.InquiryDeskProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendAcknowledgement (after an async boundary): the acknowledgement, and the apology with the
 * direct route to an agent when the customer sounded upset, go to the conversation and the outbox.
 */
@Component("sendAcknowledgementDelegate")
public class SendAcknowledgementDelegate implements JavaDelegate {

    /** The customer's way back to the inquiry without an account: its portal page. */
    private static final String PORTAL_LINK_INTRO = "문의 진행 상황 확인과 답장, 사진 첨부는 여기에서 하실 수 있습니다: ";

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final AcknowledgementService acknowledgements;
    private final CustomerNoticeService notices;
    private final SupportNotices supportNotices;
    private final InquiryDeskProperties properties;

    public SendAcknowledgementDelegate(InquiryService inquiries, CustomerService customers,
                                       AcknowledgementService acknowledgements, CustomerNoticeService notices,
                                       SupportNotices supportNotices,
                                       InquiryDeskProperties properties) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.acknowledgements = acknowledgements;
        this.notices = notices;
        this.supportNotices = supportNotices;
        this.properties = properties;
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
        // The conversation (which staff read) shows the plain address; the queued message holds a placeholder
        // that becomes a link with a key of its own when the message leaves (portal/InquiryLinkPlaceholder).
        String page = properties.publicBaseUrl() + "/portal/inquiries/" + inquiry.getCode();
        String template = ack.apology() == null
                ? MessageTemplateService.ACKNOWLEDGEMENT : MessageTemplateService.DISCOMFORT_APOLOGY;
        notices.deliver(inquiry, customer, template, text + "\n\n" + PORTAL_LINK_INTRO + page,
                text + "\n\n" + PORTAL_LINK_INTRO + InquiryAccessKeys.LINK_PLACEHOLDER);
    }
}
