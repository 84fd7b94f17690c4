package com.inquirydesk.intake.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An inbound mail kept whole for a person because the service could not take it in by itself. */
@Entity
@Table(name = "mail_quarantine")
public class MailQuarantine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant receivedAt;
    private String sender;
    private String subject;
    private String reason;
    private byte[] rawMessage;
    private String status = "NEW";

    protected MailQuarantine() {
    }

    MailQuarantine(Instant receivedAt, String sender, String subject, String reason, byte[] rawMessage) {
        this.receivedAt = receivedAt;
        this.sender = cut(sender, 300);
        this.subject = cut(subject, 500);
        this.reason = cut(reason == null ? "알 수 없는 오류" : reason, 1000);
        this.rawMessage = rawMessage;
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }

    public Long getId() { return id; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public String getReason() { return reason; }
    public byte[] getRawMessage() { return rawMessage; }
    public String getStatus() { return status; }
}
