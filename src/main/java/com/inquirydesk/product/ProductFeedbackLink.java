package com.inquirydesk.product;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One inquiry whose customer ran into the problem of a hand-off; the customer hears when it is fixed. */
@Entity
@Table(name = "product_feedback_link")
public class ProductFeedbackLink {

    static final int SUMMARY_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long feedbackId;

    private Long inquiryId;

    private Long customerId;

    private Long vocItemId;

    private String summary;

    private Instant createdAt;

    private Instant notifiedAt;

    protected ProductFeedbackLink() {
    }

    public ProductFeedbackLink(Long feedbackId, Long inquiryId, Long customerId, Long vocItemId, String summary,
                               Instant createdAt) {
        this.feedbackId = feedbackId;
        this.inquiryId = inquiryId;
        this.customerId = customerId;
        this.vocItemId = vocItemId;
        this.summary = summary == null ? null : summary.strip().substring(0, Math.min(summary.strip().length(), SUMMARY_LENGTH));
        this.createdAt = createdAt;
    }

    public void notified(Instant at) {
        this.notifiedAt = at;
    }

    public Long getId() { return id; }
    public Long getFeedbackId() { return feedbackId; }
    public Long getInquiryId() { return inquiryId; }
    public Long getCustomerId() { return customerId; }
    public Long getVocItemId() { return vocItemId; }
    public String getSummary() { return summary; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNotifiedAt() { return notifiedAt; }
}
