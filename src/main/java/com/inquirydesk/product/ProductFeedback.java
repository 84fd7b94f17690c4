package com.inquirydesk.product;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;

/** A product problem handed to the product team, with how many customers and inquiries it touches. */
@Entity
@Table(name = "product_feedback")
public class ProductFeedback {

    static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String featureKey;

    private String openFeatureKey;

    private String title;

    @Enumerated(EnumType.STRING)
    private ProductFeedbackStatus status;

    private String targetRelease;

    private String answer;

    private int affectedCustomers;

    private int linkedInquiries;

    private Instant createdAt;

    private Instant releasedAt;

    // Two reports joining at once each recount the links; the version makes the later one retry with both counted.
    @Version
    private long version;

    protected ProductFeedback() {
    }

    /** A new hand-off; the first report's summary names it until the product team knows better. */
    public static ProductFeedback open(String featureKey, String summary, Instant now) {
        ProductFeedback feedback = new ProductFeedback();
        feedback.featureKey = featureKey;
        feedback.openFeatureKey = featureKey;
        feedback.title = summary == null || summary.isBlank() ? null
                : summary.strip().substring(0, Math.min(summary.strip().length(), TITLE_LENGTH));
        feedback.status = ProductFeedbackStatus.OPEN;
        feedback.createdAt = now;
        return feedback;
    }

    /** Counts from every link of the hand-off: one customer with several inquiries is one affected customer. */
    public void recount(Collection<ProductFeedbackLink> links) {
        this.linkedInquiries = links.size();
        this.affectedCustomers = (int) links.stream().map(ProductFeedbackLink::getCustomerId).distinct().count();
    }

    /** The team's triage; "released" waits for {@link #released} so the release is recorded in one place. */
    public void triaged(ProductFeedbackStatus status, String targetRelease, String answer) {
        requireOpen();
        if (status == ProductFeedbackStatus.RELEASED) {
            throw new IllegalArgumentException("use released() for a shipped fix");
        }
        this.status = status;
        this.targetRelease = targetRelease;
        this.answer = answer;
        if (!status.isOpen()) {
            this.openFeatureKey = null;
        }
    }

    public void released(String release, Instant now) {
        requireOpen();
        this.status = ProductFeedbackStatus.RELEASED;
        if (release != null) {
            this.targetRelease = release;
        }
        this.releasedAt = now;
        this.openFeatureKey = null;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The name customers read in the fix notice. */
    public String displayTitle() {
        return title != null ? title : featureKey;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("product feedback " + id + " is already " + status);
        }
    }

    public Long getId() { return id; }
    public String getFeatureKey() { return featureKey; }
    public String getOpenFeatureKey() { return openFeatureKey; }
    public String getTitle() { return title; }
    public ProductFeedbackStatus getStatus() { return status; }
    public String getTargetRelease() { return targetRelease; }
    public String getAnswer() { return answer; }
    public int getAffectedCustomers() { return affectedCustomers; }
    public int getLinkedInquiries() { return linkedInquiries; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReleasedAt() { return releasedAt; }
}
