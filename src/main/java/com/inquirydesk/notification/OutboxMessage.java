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

/** A message to deliver to a customer outside the conversation page, written in the same transaction as its cause. */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;
    private String templateCode;
    private String payload;
    private String status = "PENDING";
    private int attempts;
    private Instant nextTryAt;
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Long inquiryId, Channel channel, String recipient, String templateCode, String payload,
                         Instant createdAt) {
        this.inquiryId = inquiryId;
        this.channel = channel;
        this.recipient = recipient;
        this.templateCode = templateCode;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextTryAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public Channel getChannel() { return channel; }
    public String getRecipient() { return recipient; }
    public String getTemplateCode() { return templateCode; }
    public String getPayload() { return payload; }
    public String getStatus() { return status; }
}
