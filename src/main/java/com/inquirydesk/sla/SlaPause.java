package com.inquirydesk.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A response clock paused while the inquiry waits on someone other than the customer or the agent (the
 * product team). It keeps what was left of the budget, so the answer is due that much business time after
 * the pause ends: the old due time moves by exactly the paused business time.
 */
@Entity
@Table(name = "sla_pause")
public class SlaPause {

    /** The only reason so far: on hold until the product team answers or ships a fix. */
    public static final String PRODUCT_INPUT = "PRODUCT_INPUT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    @Enumerated(EnumType.STRING)
    private SlaMetric metric;

    private String reason;

    private Instant pausedAt;

    /** The due time the clock had when it paused; null when no answer was owed at that moment. */
    private Instant dueAt;

    private long remainingSeconds;

    private Instant resumedAt;

    private Instant resumedDueAt;

    protected SlaPause() {
    }

    SlaPause(Long inquiryId, SlaMetric metric, String reason, Instant pausedAt, Instant dueAt, Duration remaining) {
        this.inquiryId = inquiryId;
        this.metric = metric;
        this.reason = reason;
        this.pausedAt = pausedAt;
        this.dueAt = dueAt;
        this.remainingSeconds = remaining.toSeconds();
    }

    void resumed(Instant at, Instant newDue) {
        this.resumedAt = at;
        this.resumedDueAt = newDue;
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public SlaMetric getMetric() { return metric; }
    public String getReason() { return reason; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getDueAt() { return dueAt; }
    public Duration getRemaining() { return Duration.ofSeconds(remainingSeconds); }
    public Instant getResumedAt() { return resumedAt; }
    public Instant getResumedDueAt() { return resumedDueAt; }
}
