package com.inquirydesk.intake;

import java.time.Instant;
import java.util.List;

/** What a customer sees of their inquiry: no internal notes, no staff-only fields. */
public record InquiryView(String code, String status, String channel, String category, String categoryLabel,
                          String priority, String subject, Instant createdAt, Instant expectedFirstResponseBy,
                          String mergedInto, List<MessageView> messages, String surveyUrl) {

    public record MessageView(String direction, String channel, String author, String body, Instant at) {
    }
}
