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
        return send(inquiryId, templateCode, values, values);
    }

    /**
     * A notice worded twice: {@code conversationValues} for the conversation staff read, {@code outboxValues}
     * for the queued message (e.g. a placeholder that becomes a customer's personal link only at delivery).
     */
    @Transactional
    public String send(long inquiryId, String templateCode, Map<String, String> conversationValues,
                       Map<String, String> outboxValues) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Customer customer = customers.get(inquiry.getCustomerId());
        String text = render(inquiry, customer, templateCode, conversationValues);
        inquiries.append(inquiry, MessageDirection.SYSTEM, inquiry.getChannel(), text, null);
        notifications.enqueue(inquiry, customer, templateCode,
                outboxValues == conversationValues ? text : render(inquiry, customer, templateCode, outboxValues));
        return text;
    }

    private String render(Inquiry inquiry, Customer customer, String templateCode, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("code", inquiry.getCode());
        all.put("customerName", MessageTemplateService.displayName(customer));
        return templates.render(templateCode, customer.getLocale(), all);
    }

    /** Shows an already worded notice in the conversation and queues it for the inquiry's channel. */
    @Transactional
    public void deliver(Inquiry inquiry, Customer customer, String templateCode, String text) {
        deliver(inquiry, customer, templateCode, text, text);
    }

    /**
     * An already worded notice in two versions: {@code conversationText} for the conversation staff read,
     * {@code outboxText} for the queued message (placeholders filled in only when it leaves).
     */
    @Transactional
    public void deliver(Inquiry inquiry, Customer customer, String templateCode, String conversationText,
                        String outboxText) {
        inquiries.append(inquiry, MessageDirection.SYSTEM, inquiry.getChannel(), conversationText, null);
        notifications.enqueue(inquiry, customer, templateCode, outboxText);
    }
}
