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
    public void setSegment(String segment) { this.segment = segment; }
    public void setTier(String tier) { this.tier = tier; }
}
