package com.inquirydesk.survey;

import java.time.Instant;

/** Reply to an accepted survey answer. */
public record SurveyAnswered(String code, Instant answeredAt, String message) {
}
