package com.inquirydesk.audit.timeline;

import java.util.List;

/** Everything that happened to one inquiry, oldest first. */
public record InquiryTimeline(String code, String status, long customerId, List<TimelineEntry> entries) {
}
