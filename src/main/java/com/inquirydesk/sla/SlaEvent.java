package com.inquirydesk.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One SLA outcome of an inquiry: a warning, a breach, or a target met. */
@Entity
@Table(name = "sla_event")
public class SlaEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    @Enumerated(EnumType.STRING)
    private SlaMetric metric;

    @Enumerated(EnumType.STRING)
    private SlaEventKind kind;

    private Instant dueAt;

    private Instant occurredAt;

    protected SlaEvent() {
    }

    public SlaEvent(Long inquiryId, SlaMetric metric, SlaEventKind kind, Instant dueAt, Instant occurredAt) {
        this.inquiryId = inquiryId;
        this.metric = metric;
        this.kind = kind;
        this.dueAt = dueAt;
        this.occurredAt = occurredAt;
    }

    public Long getInquiryId() { return inquiryId; }
    public SlaMetric getMetric() { return metric; }
    public SlaEventKind getKind() { return kind; }
    public Instant getDueAt() { return dueAt; }
    public Instant getOccurredAt() { return occurredAt; }
}
