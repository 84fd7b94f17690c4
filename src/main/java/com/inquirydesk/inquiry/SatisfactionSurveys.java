package com.inquirydesk.inquiry;

/**
 * What the lifecycle asks of satisfaction surveys when an inquiry is resolved; the {@code survey} feature
 * implements it, so inquiry does not depend on it.
 */
public interface SatisfactionSurveys {

    /** Starts the survey of a just-resolved inquiry, crediting {@code resolvedBy}; returns whether one was started. */
    boolean startSurvey(long inquiryId, String resolvedBy);
}
