package com.inquirydesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Append-only record of who did what to which customer's data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String sourceAddress;
    private String action;
    private Long subjectCustomerId;
    private String entityType;
    private String entityId;
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String sourceAddress, String action, Long subjectCustomerId,
                      String entityType, String entityId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.sourceAddress = sourceAddress;
        this.action = action;
        this.subjectCustomerId = subjectCustomerId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getSourceAddress() { return sourceAddress; }
    public String getAction() { return action; }
    public Long getSubjectCustomerId() { return subjectCustomerId; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getDetails() { return details; }
}
