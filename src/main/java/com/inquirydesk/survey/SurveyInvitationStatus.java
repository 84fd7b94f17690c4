package com.inquirydesk.survey;

/** SCHEDULED: an e-mail invitation waiting for its delay. Only a SENT invitation can be answered. */
public enum SurveyInvitationStatus {
    SCHEDULED, SENT, ANSWERED, EXPIRED
}
