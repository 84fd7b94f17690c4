package com.inquirydesk.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Category category;

    private boolean categorySuggested;

    private String subject;

    private String body;

    private String locale;

    @Enumerated(EnumType.STRING)
    private Priority priority = Priority.NORMAL;

    @Enumerated(EnumType.STRING)
    private InquiryStatus status = InquiryStatus.RECEIVED;

    private boolean discomfort;

    private String assignee;

    private String candidateGroup;

    private String slaPolicy;

    private Instant firstResponseDueAt;

    private Instant resolutionDueAt;

    private Instant firstResponseAt;

    private Instant resolvedAt;

    private Instant closedAt;

    private String closeReason;

    private Long mergedIntoId;

    /** The response clock that runs now (FIRST_RESPONSE or NEXT_RESPONSE); null while the customer owes us. */
    private String responseMetric;

    private Instant responseStartedAt;

    private Instant responseDueAt;

    private Integer nextResponseMinutes;

    private boolean slaBusinessHours = true;

    /** Set while the resolution budget is paused because the inquiry waits on the customer. */
    private Instant resolutionPausedAt;

    private int reopenCount;

    /** The last agent request that raised the priority and alerted the staff (the cooldown starts there). */
    private Instant lastAgentRequestAt;

    private String idempotencyKey;

    private String requestFingerprint;

    private String accessTokenHash;

    /** Only for an intake under an Idempotency-Key: the token sealed under the server secret, for the retry. */
    private String accessTokenSealed;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Inquiry() {
    }

    public Inquiry(String code, Long customerId, Channel channel, Category category, String subject,
                   String body, String locale, Instant createdAt) {
        this.code = code;
        this.customerId = customerId;
        this.channel = channel;
        this.category = category;
        this.subject = subject;
        this.body = body;
        this.locale = locale;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void suggestCategory(Category suggested) {
        this.category = suggested;
        this.categorySuggested = true;
    }

    public void markDiscomfort(boolean discomfort) {
        this.discomfort = discomfort;
    }

    public void applyTriage(Priority priority, String slaPolicy) {
        this.priority = priority;
        this.slaPolicy = slaPolicy;
    }

    public void assign(String candidateGroup, String assignee, Instant at) {
        this.candidateGroup = candidateGroup;
        this.assignee = assignee;
        changeStatus(InquiryStatus.OPEN, at);
    }

    public void recordAgentResponse(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        updatedAt = at;
    }

    public void changeStatus(InquiryStatus next, Instant at) {
        this.status = next;
        this.updatedAt = at;
        if (next == InquiryStatus.RESOLVED) {
            resolvedAt = at;
        }
        if (next == InquiryStatus.CLOSED) {
            closedAt = at;
        }
    }

    /** Nothing is owed any more once an inquiry is closed, so a running response clock stops too. */
    public void close(String reason, Instant at) {
        changeStatus(InquiryStatus.CLOSED, at);
        this.closeReason = reason;
        stopResponseClock();
    }

    public void mergeInto(Inquiry target, Instant at) {
        this.mergedIntoId = target.getId();
        this.closeReason = "MERGED";
        changeStatus(InquiryStatus.MERGED, at);
    }

    /** Starts a response clock: the company owes the customer an answer by {@code due}. */
    public void startResponseClock(String metric, Instant startedAt, Instant due) {
        this.responseMetric = metric;
        this.responseStartedAt = startedAt;
        this.responseDueAt = due;
    }

    public void stopResponseClock() {
        this.responseMetric = null;
        this.responseStartedAt = null;
        this.responseDueAt = null;
    }

    public void setSlaTargets(int nextResponseMinutes, boolean businessHours) {
        this.nextResponseMinutes = nextResponseMinutes;
        this.slaBusinessHours = businessHours;
    }

    public void pauseResolution(Instant at) {
        if (resolutionPausedAt == null) {
            resolutionPausedAt = at;
        }
    }

    /** Ends a pause; the caller has already moved the resolution due time by the paused span. */
    public void resumeResolution(Instant newResolutionDue) {
        this.resolutionPausedAt = null;
        this.resolutionDueAt = newResolutionDue;
    }

    public void reopen(Instant at) {
        reopenCount++;
        resolvedAt = null;
        changeStatus(InquiryStatus.OPEN, at);
    }

    public void agentRequested(Instant at) {
        this.lastAgentRequestAt = at;
    }

    public Instant getLastAgentRequestAt() { return lastAgentRequestAt; }

    public void raisePriority(Priority raised) {
        this.priority = raised;
    }

    public void protectWith(String idempotencyKey, String requestFingerprint) {
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
    }

    public void grantAccess(String tokenHash, String sealedToken) {
        this.accessTokenHash = tokenHash;
        this.accessTokenSealed = sealedToken;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public Long getCustomerId() { return customerId; }
    public Channel getChannel() { return channel; }
    public Category getCategory() { return category; }
    public boolean isCategorySuggested() { return categorySuggested; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLocale() { return locale; }
    public Priority getPriority() { return priority; }
    public InquiryStatus getStatus() { return status; }
    public boolean isDiscomfort() { return discomfort; }
    public String getAssignee() { return assignee; }
    public String getCandidateGroup() { return candidateGroup; }
    public String getSlaPolicy() { return slaPolicy; }
    public Instant getFirstResponseDueAt() { return firstResponseDueAt; }
    public void setFirstResponseDueAt(Instant due) { this.firstResponseDueAt = due; }
    public Instant getResolutionDueAt() { return resolutionDueAt; }
    public void setResolutionDueAt(Instant due) { this.resolutionDueAt = due; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getCloseReason() { return closeReason; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public String getResponseMetric() { return responseMetric; }
    public Instant getResponseStartedAt() { return responseStartedAt; }
    public Instant getResponseDueAt() { return responseDueAt; }
    public Integer getNextResponseMinutes() { return nextResponseMinutes; }
    public boolean isSlaBusinessHours() { return slaBusinessHours; }
    public Instant getResolutionPausedAt() { return resolutionPausedAt; }
    public int getReopenCount() { return reopenCount; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestFingerprint() { return requestFingerprint; }
    public String getAccessTokenSealed() { return accessTokenSealed; }
    public String getAccessTokenHash() { return accessTokenHash; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
