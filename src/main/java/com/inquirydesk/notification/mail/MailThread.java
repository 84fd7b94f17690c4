package com.inquirydesk.notification.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One Message-ID of a mail sent or received about an inquiry; replies find the inquiry by it. */
@Entity
@Table(name = "mail_thread")
public class MailThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String messageId;
    private Long inquiryId;
    private boolean inbound;
    private Instant createdAt;

    protected MailThread() {
    }

    public MailThread(String messageId, long inquiryId, boolean inbound, Instant createdAt) {
        this.messageId = messageId;
        this.inquiryId = inquiryId;
        this.inbound = inbound;
        this.createdAt = createdAt;
    }

    public String getMessageId() { return messageId; }
    public Long getInquiryId() { return inquiryId; }
    public boolean isInbound() { return inbound; }
}
