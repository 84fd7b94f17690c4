package com.inquirydesk.notification;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues customer notices in the outbox. Conversation pages show them at once; channel senders
 * (e-mail, messengers) deliver queued rows with retries, so a process retry never sends twice.
 */
@Service
public class NotificationService {

    private final OutboxRepository outbox;
    private final TimeSource time;

    public NotificationService(OutboxRepository outbox, TimeSource time) {
        this.outbox = outbox;
        this.time = time;
    }

    @Transactional
    public OutboxMessage enqueue(Inquiry inquiry, Customer customer, String templateCode, String text) {
        return outbox.save(new OutboxMessage(inquiry.getId(), inquiry.getChannel(),
                recipientFor(inquiry.getChannel(), customer), templateCode, text, time.now()));
    }

    /** The address that reaches the customer on the channel; web and app customers read the conversation page. */
    static String recipientFor(Channel channel, Customer customer) {
        return switch (channel) {
            case EMAIL -> customer.getEmail();
            case PHONE -> customer.getPhone();
            case SNS, CHAT -> customer.getExternalId();
            case WEB, APP -> customer.getEmail() != null ? customer.getEmail() : customer.getPhone();
        };
    }
}
