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

    /** Template code of outbox rows that carry an agent's own answer. */
    public static final String AGENT_REPLY = "AGENT_REPLY";

    private final OutboxRepository outbox;
    private final TimeSource time;
    private final IdentityService identity;
    private final String teamChatWebhookUrl;

    public NotificationService(OutboxRepository outbox, TimeSource time, IdentityService identity) {
        this(outbox, time, identity, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public NotificationService(OutboxRepository outbox, TimeSource time, IdentityService identity,
                               OutboxProperties properties) {
        this.outbox = outbox;
        this.time = time;
        this.identity = identity;
        this.teamChatWebhookUrl = properties == null ? null : properties.teamChatWebhookUrl();
    }

    @Transactional
    public OutboxMessage enqueue(Inquiry inquiry, Customer customer, String templateCode, String text) {
        OutboxMessage message = new OutboxMessage(inquiry.getId(), inquiry.getChannel(),
                recipientFor(inquiry.getChannel(), customer), templateCode, text, time.now());
        message.setSubject(subjectFor(inquiry));
        return outbox.save(message);
    }

    /** Mail subjects carry the inquiry's tag, so the customer's answer finds its way back. */
    static String subjectFor(Inquiry inquiry) {
        String subject = "[" + inquiry.getCode() + "] " + inquiry.getSubject();
        return subject.length() > 300 ? subject.substring(0, 300) : subject;
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
        List<OutboxMessage> queued = new java.util.ArrayList<>(addresses.values().stream()
                .map(address -> {
                    OutboxMessage mail = new OutboxMessage(inquiry.getId(), Channel.EMAIL, Transport.EMAIL, address,
                            templateCode, text, now);
                    mail.setSubject("[" + inquiry.getCode() + "] 상담 데스크 알림");
                    return outbox.save(mail);
                })
                .toList());
        if ((userId != null || group != null) && teamChatWebhookUrl != null && !teamChatWebhookUrl.isBlank()) {
            OutboxMessage alert = new OutboxMessage(inquiry.getId(), Channel.EMAIL, Transport.TEAM_CHAT,
                    teamChatWebhookUrl, templateCode, text, now);
            alert.setSubject("[" + inquiry.getCode() + "] 상담 데스크 알림");
            queued.add(outbox.save(alert));
        }
        return queued;
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
            case EMAIL -> customer.reachableEmail();
            case PHONE -> customer.reachablePhone();
            case SNS, CHAT -> customer.reachableExternalId();
            case WEB, APP -> customer.reachableEmail() != null ? customer.reachableEmail() : customer.reachablePhone();
        };
    }
}
