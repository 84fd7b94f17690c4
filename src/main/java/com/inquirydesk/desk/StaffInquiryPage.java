package com.inquirydesk.desk;

import java.time.Instant;
import java.util.List;

/** One page of the staff inquiry list and how many inquiries match in all. */
public record StaffInquiryPage(long total, int page, int size, int totalPages, List<Item> items) {

    public record Item(String code, String status, String priority, String channel, String category,
                       String categoryLabel, String subject, String candidateGroup, String assignee, long customerId,
                       String customerName, boolean discomfort, Instant createdAt, Instant responseDueAt) {
    }
}
