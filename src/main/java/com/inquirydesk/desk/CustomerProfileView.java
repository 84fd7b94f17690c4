package com.inquirydesk.desk;

import java.time.Instant;
import java.util.List;

/**
 * A customer as staff see them: contact details (masked unless the reader works with customers: agents and
 * supervisors), tier and segment, and every inquiry of theirs across channels, newest first.
 */
public record CustomerProfileView(long id, String name, String email, String phone, String externalId, String tier,
                                  String segment, String locale, Instant since, boolean contactMasked,
                                  List<String> channels, List<InquirySummary> inquiries) {

    public record InquirySummary(String code, String channel, String categoryLabel, String subject, String status,
                                 String priority, String assignee, Instant createdAt) {
    }
}
