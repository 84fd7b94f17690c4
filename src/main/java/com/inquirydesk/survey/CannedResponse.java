package com.inquirydesk.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply worth reusing, kept by a supervisor from an inquiry the customer rated highly. */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

    /** Where the reply goes: the agents' canned replies, or the internal handling manual. */
    public enum Kind { CANNED_RESPONSE, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;
    private String body;
    private String category;
    private Long sourceInquiryId;
    private String createdBy;
    private Instant createdAt;

    protected CannedResponse() {
    }

    public CannedResponse(Kind kind, String title, String body, String category, Long sourceInquiryId,
                          String createdBy, Instant createdAt) {
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.category = category;
        this.sourceInquiryId = sourceInquiryId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getCategory() { return category; }
    public Long getSourceInquiryId() { return sourceInquiryId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
