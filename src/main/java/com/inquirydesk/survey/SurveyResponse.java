package com.inquirydesk.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer's answer to the survey of one inquiry, credited to the agent who resolved it.
 * CSAT 1–5, CES 1–7 (higher = more effort), NPS 0–10, the five criteria 1–5 and optional.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long inquiryId;
    private String agent;
    private int csat;
    private int ces;
    private int nps;
    private Integer retention;
    private Integer productExperience;
    private Integer onlineExperience;
    private Integer waitTime;
    private Integer expectationsMet;
    private String comment;
    private Instant answeredAt;

    protected SurveyResponse() {
    }

    public SurveyResponse(Long inquiryId, String agent, SurveyAnswerRequest answer, Instant answeredAt) {
        this.inquiryId = inquiryId;
        this.agent = agent;
        this.csat = answer.csat();
        this.ces = answer.ces();
        this.nps = answer.nps();
        this.retention = answer.retention();
        this.productExperience = answer.productExperience();
        this.onlineExperience = answer.onlineExperience();
        this.waitTime = answer.waitTime();
        this.expectationsMet = answer.expectationsMet();
        this.comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
        this.answeredAt = answeredAt;
    }

    public Long getId() { return id; }
    public Long getInquiryId() { return inquiryId; }
    public String getAgent() { return agent; }
    public int getCsat() { return csat; }
    public int getCes() { return ces; }
    public int getNps() { return nps; }
    public Integer getRetention() { return retention; }
    public Integer getProductExperience() { return productExperience; }
    public Integer getOnlineExperience() { return onlineExperience; }
    public Integer getWaitTime() { return waitTime; }
    public Integer getExpectationsMet() { return expectationsMet; }
    public String getComment() { return comment; }
    public Instant getAnsweredAt() { return answeredAt; }
}
