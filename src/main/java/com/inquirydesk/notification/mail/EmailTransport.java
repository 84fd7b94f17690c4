package com.inquirydesk.notification.mail;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.notification.NotificationService;
import com.inquirydesk.notification.OutboxMessage;
import com.inquirydesk.notification.OutboxTransport;
import com.inquirydesk.notification.Transport;
import com.inquirydesk.system.TimeSource;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an outbox row as a plain-text UTF-8 mail from the support address. The subject carries the
 * inquiry tag; the Message-ID is fixed per row (a retry sends the same mail, not a second one) and is
 * remembered with In-Reply-To/References pointing at the conversation so far, so the customer's mail
 * client threads it and the customer's answer finds its inquiry.
 */
@Component
class EmailTransport implements OutboxTransport {

    private static final int MAX_REFERENCES = 10;

    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;
    private final MailThreadRepository threads;
    private final InquiryService inquiries;
    private final TransactionTemplate tx;
    private final TimeSource time;

    EmailTransport(ObjectProvider<JavaMailSender> sender, MailProperties properties, MailThreadRepository threads,
                   InquiryService inquiries, PlatformTransactionManager transactions, TimeSource time) {
        this.sender = sender;
        this.properties = properties;
        this.threads = threads;
        this.inquiries = inquiries;
        this.tx = new TransactionTemplate(transactions);
        this.time = time;
    }

    @Override
    public Transport transport() {
        return Transport.EMAIL;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("no mail server configured (spring.mail.host or inquiry-desk.mail.embedded.enabled)");
        }
        if (message.getRecipient() == null || message.getRecipient().isBlank()) {
            throw new IllegalArgumentException("the customer left no e-mail address");
        }
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(properties.supportAddress(), "고객센터", StandardCharsets.UTF_8.name()));
        helper.setTo(message.getRecipient());
        helper.setSubject(subject(message));
        helper.setText(message.getPayload());
        String messageId = "<outbox-" + message.getId() + "@" + properties.messageIdDomain() + ">";
        mime.setHeader("Message-ID", messageId);
        if (!NotificationService.AGENT_REPLY.equals(message.getTemplateCode())) {
            // Notices are machine-written: mail clients and other desks must not auto-answer them (RFC 3834).
            mime.setHeader("Auto-Submitted", "auto-generated");
        }
        if (message.getInquiryId() != null) {
            List<String> earlier = tx.execute(status -> {
                List<String> ids = threads.findByInquiryIdOrderByCreatedAtAscIdAsc(message.getInquiryId()).stream()
                        .map(MailThread::getMessageId).filter(id -> !id.equals(messageId)).toList();
                if (!threads.existsByMessageId(messageId)) {
                    threads.save(new MailThread(messageId, message.getInquiryId(), false, time.now()));
                }
                return ids;
            });
            if (!earlier.isEmpty()) {
                mime.setHeader("In-Reply-To", earlier.get(earlier.size() - 1));
                mime.setHeader("References",
                        String.join(" ", earlier.subList(Math.max(0, earlier.size() - MAX_REFERENCES), earlier.size())));
            }
        }
        mail.send(mime);
    }

    private String subject(OutboxMessage message) {
        if (message.getSubject() != null) {
            return message.getSubject();
        }
        if (message.getInquiryId() == null) {
            return "고객센터 알림";
        }
        Inquiry inquiry = inquiries.get(message.getInquiryId());
        return "[" + inquiry.getCode() + "] " + inquiry.getSubject();
    }
}
