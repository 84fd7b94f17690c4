package com.inquirydesk.triage;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.knowledge.MessageTemplateService;
import com.inquirydesk.notification.CustomerNoticeService;
import com.inquirydesk.system.TimeSource;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MergeService {

    private final InquiryService inquiries;
    private final CustomerService customers;
    private final MessageTemplateService templates;
    private final CustomerNoticeService notices;
    private final TimeSource time;

    public MergeService(InquiryService inquiries, CustomerService customers, MessageTemplateService templates,
                        CustomerNoticeService notices, TimeSource time) {
        this.inquiries = inquiries;
        this.customers = customers;
        this.templates = templates;
        this.notices = notices;
        this.time = time;
    }

    /**
     * Moves the duplicate's text into the open inquiry's conversation (so nobody asks the customer
     * to repeat it) and tells the customer, on the channel they just used, where it continues.
     */
    @Transactional
    public void merge(long duplicateId, long openInquiryId) {
        Inquiry duplicate = inquiries.get(duplicateId);
        Inquiry open = inquiries.get(openInquiryId);
        inquiries.receiveCustomerReply(open, duplicate.getChannel(),
                duplicate.getSubject() + "\n\n" + duplicate.getBody());
        Customer customer = customers.get(duplicate.getCustomerId());
        String notice = templates.render(MessageTemplateService.MERGED_NOTICE, customer.getLocale(), Map.of(
                "code", open.getCode(),
                "customerName", MessageTemplateService.displayName(customer),
                "channelLabel", duplicate.getChannel().label()));
        notices.deliver(duplicate, customer, MessageTemplateService.MERGED_NOTICE, notice);
        duplicate.mergeInto(open, time.now());
    }
}
