package com.inquirydesk.survey;

import com.inquirydesk.inquiry.AccessTokens;
import com.inquirydesk.inquiry.Channel;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one survey an inquiry gets, and who it is credited to. */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;

    private String agent;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private SurveyInvitationStatus status = SurveyInvitationStatus.SCHEDULED;

    private Instant createdAt;
    private Instant sentAt;
    private Instant expiresAt;
    private Instant answeredAt;
    private Instant expiredAt;

    /** Hash of the survey's own token (the link last delivered); it opens this survey only, until it expires. */
    private String tokenHash;

    /** Two answers sent at once: the second commit fails instead of both being stored. */
    @Version
    private long version;

    protected SurveyInvitation() {
    }

    public SurveyInvitation(Long inquiryId, String agent, Channel channel, Instant createdAt) {
        this.inquiryId = inquiryId;
        this.agent = agent;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    void sent(Instant at, Instant expiresAt) {
        this.status = SurveyInvitationStatus.SENT;
        this.sentAt = at;
        this.expiresAt = expiresAt;
    }

    void answered(Instant at) {
        this.status = SurveyInvitationStatus.ANSWERED;
        this.answeredAt = at;
    }

    void expired(Instant at) {
        this.status = SurveyInvitationStatus.EXPIRED;
        this.expiredAt = at;
    }

    void issueToken(String hash) {
        this.tokenHash = hash;
    }

    /** The survey token opens the survey while the invitation is open, and nothing else. */
    boolean acceptsToken(String token, Instant now) {
        return isOpenAt(now) && AccessTokens.matches(token, tokenHash);
    }

    boolean isOpenAt(Instant now) {
        return status == SurveyInvitationStatus.SENT && expiresAt != null && now.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public String getAgent() { return agent; }
    public Channel getChannel() { return channel; }
    public SurveyInvitationStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getExpiredAt() { return expiredAt; }
}
