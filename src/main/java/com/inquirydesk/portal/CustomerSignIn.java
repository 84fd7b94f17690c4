package com.inquirydesk.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time sign-in link ({@link #LINK}) sent to a customer's address, or the short session it opened
 * ({@link #SESSION}). Only the SHA-256 of the token is kept, so a copy of the table opens nothing.
 */
@Entity
@Table(name = "customer_sign_in")
class CustomerSignIn {

    static final String LINK = "LINK";
    static final String SESSION = "SESSION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String kind;
    private String tokenHash;
    private Long customerId;
    private Long outboxId;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected CustomerSignIn() {
    }

    CustomerSignIn(String kind, String tokenHash, long customerId, Instant createdAt, Instant expiresAt) {
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.customerId = customerId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void sentAs(long outboxId) {
        this.outboxId = outboxId;
    }

    /** The link leaves now: a fresh token (whose hash replaces the previous one) valid for {@code lifetime}. */
    void issuedAt(String newTokenHash, Instant now, java.time.Duration lifetime) {
        this.tokenHash = newTokenHash;
        this.expiresAt = now.plus(lifetime);
    }

    Long getId() { return id; }
    String getKind() { return kind; }
    Long getCustomerId() { return customerId; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getUsedAt() { return usedAt; }
}
