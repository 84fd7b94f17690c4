package com.inquirydesk.voc;

import com.inquirydesk.inquiry.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One voice of the customer worth a look: what was said (as keywords), its tone, and what was done about it. */
@Entity
@Table(name = "voc_item")
public class VocItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;
    private Long surveyResponseId;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String keywords;

    @Enumerated(EnumType.STRING)
    private Sentiment sentiment;

    @Enumerated(EnumType.STRING)
    private VocSource source;

    @Enumerated(EnumType.STRING)
    private VocStatus status;

    private String rootCause;
    private String action;
    private String agent;
    private String contactResult;
    private Instant contactedAt;
    private Instant createdAt;
    private Instant reviewedAt;
    private Instant closedAt;

    protected VocItem() {
    }

    public VocItem(Long inquiryId, Long surveyResponseId, Category category, List<String> keywords,
                   Sentiment sentiment, VocSource source, String agent, Instant createdAt) {
        this.inquiryId = inquiryId;
        this.surveyResponseId = surveyResponseId;
        this.category = category;
        this.keywords = joinKeywords(keywords);
        this.sentiment = sentiment;
        this.source = source;
        this.agent = agent;
        this.status = VocStatus.OPEN;
        this.createdAt = createdAt;
    }

    void reviewed(String rootCause, String action, boolean actionFollows, Instant at) {
        this.rootCause = rootCause;
        this.action = action;
        this.reviewedAt = at;
        if (actionFollows) {
            this.status = VocStatus.IN_REVIEW;
        } else {
            close(at);
        }
    }

    void contacted(String result, Instant at) {
        this.contactResult = result;
        this.contactedAt = at;
    }

    void close(Instant at) {
        if (status != VocStatus.CLOSED) {
            this.status = VocStatus.CLOSED;
            this.closedAt = at;
        }
    }

    // The column holds 500 characters; the keywords come in reading order, so the cut drops the least telling.
    private static String joinKeywords(List<String> keywords) {
        StringBuilder joined = new StringBuilder();
        for (String keyword : keywords) {
            int extra = (joined.isEmpty() ? 0 : 1) + keyword.length();
            if (joined.length() + extra > 500) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append(',');
            }
            joined.append(keyword);
        }
        return joined.isEmpty() ? null : joined.toString();
    }

    public List<String> keywordList() {
        return keywords == null ? List.of() : Arrays.asList(keywords.split(","));
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public Long getSurveyResponseId() { return surveyResponseId; }
    public Category getCategory() { return category; }
    public String getKeywords() { return keywords; }
    public Sentiment getSentiment() { return sentiment; }
    public VocSource getSource() { return source; }
    public VocStatus getStatus() { return status; }
    public String getRootCause() { return rootCause; }
    public String getAction() { return action; }
    public String getAgent() { return agent; }
    public String getContactResult() { return contactResult; }
    public Instant getContactedAt() { return contactedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Instant getClosedAt() { return closedAt; }
}
