package com.inquirydesk.intake.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A messenger delivery taken in; its id is unique per channel, so a replay finds it instead of adding again. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_name")
    private String channel;

    private String deliveryId;
    private String inquiryCode;
    private Instant receivedAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String channel, String deliveryId, String inquiryCode, Instant receivedAt) {
        this.channel = channel;
        this.deliveryId = deliveryId;
        this.inquiryCode = inquiryCode;
        this.receivedAt = receivedAt;
    }

    String getInquiryCode() { return inquiryCode; }
}
