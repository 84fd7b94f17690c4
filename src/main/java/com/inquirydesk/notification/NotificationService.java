package com.inquirydesk.notification;

import com.inquirydesk.customer.Customer;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.system.EngineAuthorization;
import com.inquirydesk.system.TimeSource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues customer and staff notices in the outbox. Conversation pages show them at once; channel senders
 * (e-mail, messengers) deliver queued rows with retries, so a process retry never sends twice.
 */
@Service
public class NotificationService {

    private final OutboxRepository outbox;
    private final TimeSource time;
    private final IdentityService identity;

    public NotificationService(OutboxRepository outbox, TimeSource time, IdentityService identity) {
        this.outbox = outbox;
        this.time = time;
        this.identity = identity;
    }

    @Transactional
    public OutboxMessage enqueue(Inquiry inquiry, Customer customer, String templateCode, String text) {
        return outbox.save(new OutboxMessage(inquiry.getId(), inquiry.getChannel(),
                recipientFor(inquiry.getChannel(), customer), templateCode, text, time.now()));
    }

    /**
     * Queues an e-mail to staff about the inquiry: the named user and every member of the named group,
     * one row per person even when they are both. Users without an address in the identity service are
     * skipped, since a row nobody can receive would only retry forever.
     */
    @Transactional
    public List<OutboxMessage> notifyStaff(Inquiry inquiry, String userId, String group, String templateCode,
                                           String text) {
        Map<String, String> addresses = EngineAuthorization.asProcess(() -> staffAddresses(userId, group));
        Instant now = time.now();
        return addresses.values().stream()
                .map(address -> outbox.save(new OutboxMessage(inquiry.getId(), Channel.EMAIL, address, templateCode,
                        text, now)))
                .toList();
    }

    private Map<String, String> staffAddresses(String userId, String group) {
        Map<String, String> byUser = new LinkedHashMap<>();
        if (userId != null) {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                byUser.put(user.getId(), user.getEmail());
            }
        }
        if (group != null) {
            identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                    .filter(member -> member.getEmail() != null && !member.getEmail().isBlank())
                    .forEach(member -> byUser.putIfAbsent(member.getId(), member.getEmail()));
        }
        return byUser;
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
