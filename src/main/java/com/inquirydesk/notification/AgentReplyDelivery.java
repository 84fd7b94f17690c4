package com.inquirydesk.notification;

import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.ReplyDelivery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agent's answer is already in the conversation; here it joins the outbox for the customer's channel. */
@Component
class AgentReplyDelivery implements ReplyDelivery {

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final NotificationService notifications;

    AgentReplyDelivery(InquiryService inquiries, CustomerService customers, NotificationService notifications) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public void queueReply(long inquiryId, String reply, String agent) {
        Inquiry inquiry = inquiries.get(inquiryId);
        notifications.enqueue(inquiry, customers.get(inquiry.getCustomerId()), NotificationService.AGENT_REPLY, reply);
    }
}
