package com.inquirydesk.notification;

import com.inquirydesk.inquiry.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to deliver outside the conversation page, written in the same transaction as its cause.
 * PENDING rows are claimed by one relay at a time and end SENT, FAILED (after the last try) or SKIPPED
 * (nothing to send: the customer reads the page).
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    public static final String SKIPPED = "SKIPPED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Transport transport;

    private String recipient;
    private String templateCode;
    private String subject;
    private String payload;
    private String status = PENDING;
    private int attempts;
    private Instant nextTryAt;
    private Instant createdAt;
    private String claimToken;
    private Instant claimedUntil;
    private String lastError;
    private Instant sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Long inquiryId, Channel channel, String recipient, String templateCode, String payload,
                         Instant createdAt) {
        this(inquiryId, channel, Transport.forCustomer(channel, recipient), recipient, templateCode, payload, createdAt);
    }

    public OutboxMessage(Long inquiryId, Channel channel, Transport transport, String recipient, String templateCode,
                         String payload, Instant createdAt) {
        this.inquiryId = inquiryId;
        this.channel = channel;
        this.transport = transport;
        this.recipient = recipient;
        this.templateCode = templateCode;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextTryAt = createdAt;
    }

    /** A copy to hand to a transport with the payload as it is delivered; never saved. */
    OutboxMessage withPayload(String deliveredPayload) {
        OutboxMessage copy = new OutboxMessage(inquiryId, channel, transport, recipient, templateCode, deliveredPayload,
                createdAt);
        copy.id = id;
        copy.subject = subject;
        copy.status = status;
        copy.attempts = attempts;
        copy.nextTryAt = nextTryAt;
        copy.claimToken = claimToken;
        copy.claimedUntil = claimedUntil;
        copy.lastError = lastError;
        copy.sentAt = sentAt;
        return copy;
    }

    /** Rows written before transports existed follow their channel. */
    public Transport transport() {
        return transport != null ? transport : Transport.forCustomer(channel, recipient);
    }

    void sent(Instant at) {
        status = SENT;
        sentAt = at;
        lastError = null;
        release();
    }

    void skipped(String reason) {
        status = SKIPPED;
        lastError = reason;
        release();
    }

    /** One more failed try: back off and try again, or give up after the last try. */
    void failed(String error, int maxAttempts, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            status = FAILED;
        } else {
            nextTryAt = retryAt;
        }
        release();
    }

    /** A supervisor asks for another round of tries. */
    void resend(Instant now) {
        status = PENDING;
        attempts = 0;
        nextTryAt = now;
        release();
    }

    private void release() {
        claimToken = null;
        claimedUntil = null;
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public Channel getChannel() { return channel; }
    public String getRecipient() { return recipient; }
    public String getTemplateCode() { return templateCode; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getPayload() { return payload; }
    public String getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextTryAt() { return nextTryAt; }
    public Instant getCreatedAt() { return createdAt; }
    public String getClaimToken() { return claimToken; }
    public String getLastError() { return lastError; }
    public Instant getSentAt() { return sentAt; }
}
