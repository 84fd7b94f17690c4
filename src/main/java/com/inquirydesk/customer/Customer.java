package com.inquirydesk.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String phone;
    private String name;
    private String externalId;
    private String tier = "STANDARD";
    private String segment;
    private String locale = "ko";
    private Instant createdAt;

    /** Details an unproven request claimed that already belong to another customer (never used to find anyone). */
    private String claimedEmail;
    private String claimedPhone;
    private String claimedExternalId;

    /** Set when an agent merged this record into another; the inquiries moved there. */
    private Long mergedIntoId;
    private Instant mergedAt;
    private String mergedBy;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String email, String phone, String name, String externalId, String locale, Instant createdAt) {
        this.email = email;
        this.phone = phone;
        this.name = name;
        this.externalId = externalId;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getName() { return name; }
    public String getExternalId() { return externalId; }
    public String getTier() { return tier; }
    public String getSegment() { return segment; }
    public String getLocale() { return locale; }
    public Instant getCreatedAt() { return createdAt; }
    public String getClaimedEmail() { return claimedEmail; }
    public String getClaimedPhone() { return claimedPhone; }
    public String getClaimedExternalId() { return claimedExternalId; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Instant getMergedAt() { return mergedAt; }
    public String getMergedBy() { return mergedBy; }
    public boolean isMerged() { return mergedIntoId != null; }

    /** Where notices reach this customer: a proven detail first, else what the request itself gave. */
    public String reachableEmail() { return email != null ? email : claimedEmail; }
    public String reachablePhone() { return phone != null ? phone : claimedPhone; }
    public String reachableExternalId() { return externalId != null ? externalId : claimedExternalId; }

    public void setSegment(String segment) { this.segment = segment; }
    public void setTier(String tier) { this.tier = tier; }
}
