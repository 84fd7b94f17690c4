package com.inquirydesk.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the access register; the database refuses to change it (see {@link AppendOnlyTables}). */
@Entity
@Immutable
@Table(name = "access_record")
public class AccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String account;
    private String sourceAddress;
    @Enumerated(EnumType.STRING)
    private AccessAction action;
    private Long subjectCustomerId;
    private String target;
    @Enumerated(EnumType.STRING)
    private AccessVia via;

    protected AccessRecord() {
    }

    AccessRecord(Instant occurredAt, String account, String sourceAddress, AccessAction action, Long subjectCustomerId,
                 String target, AccessVia via) {
        this.occurredAt = occurredAt;
        this.account = account;
        this.sourceAddress = sourceAddress;
        this.action = action;
        this.subjectCustomerId = subjectCustomerId;
        this.target = target;
        this.via = via;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getAccount() { return account; }
    public String getSourceAddress() { return sourceAddress; }
    public AccessAction getAction() { return action; }
    public Long getSubjectCustomerId() { return subjectCustomerId; }
    public String getTarget() { return target; }
    public AccessVia getVia() { return via; }
}
