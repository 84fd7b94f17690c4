package com.inquirydesk.survey;

/** The inputs of decision {@code surveyFollowUp}; {@code complaint} is read from the comment in Java. */
public record FollowUpInputs(int csat, int ces, int nps, boolean complaint) {
}
