package com.inquirydesk.notification;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.knowledge.MessageTemplateService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A templated notice to the customer: shown in the conversation and queued for the inquiry's channel. */
@Service
public class CustomerNoticeService {

    public static final String REMINDER = "REMINDER";
    public static final String AUTO_CLOSE_NOTICE = "AUTO_CLOSE_NOTICE";

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final MessageTemplateService templates;
    private final NotificationService notifications;

    public CustomerNoticeService(InquiryService inquiries, CustomerService customers, MessageTemplateService templates,
                                 NotificationService notifications) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.templates = templates;
        this.notifications = notifications;
    }

    @Transactional
    public String send(long inquiryId, String templateCode, Map<String, String> values) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Customer customer = customers.get(inquiry.getCustomerId());
        Map<String, String> all = new HashMap<>(values);
        all.put("code", inquiry.getCode());
        all.put("customerName", MessageTemplateService.displayName(customer));
        String text = templates.render(templateCode, customer.getLocale(), all);
        deliver(inquiry, customer, templateCode, text);
        return text;
    }

    /** Shows an already worded notice in the conversation and queues it for the inquiry's channel. */
    @Transactional
    public void deliver(Inquiry inquiry, Customer customer, String templateCode, String text) {
        inquiries.append(inquiry, MessageDirection.SYSTEM, inquiry.getChannel(), text, null);
        notifications.enqueue(inquiry, customer, templateCode, text);
    }
}
