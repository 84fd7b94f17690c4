package com.inquirydesk.desk;

import java.time.Instant;
import java.util.List;

/** Everything an agent needs about one inquiry: the whole conversation with notes, and the customer's history. */
public record StaffInquiryView(String code, String status, String channel, String categoryLabel, String priority,
                               String subject, String assignee, String candidateGroup, boolean discomfort,
                               Instant createdAt, Instant firstResponseDueAt, Customer customer,
                               List<Message> messages, List<EarlierInquiry> history,
                               List<PossiblySameCustomer> possiblySameCustomers) {

    public record Customer(long id, String name, String email, String phone, String tier, String segment) {
    }

    public record Message(String direction, String channel, String author, String body, Instant at) {
    }

    /**
     * A known customer whose details this inquiry's request claimed without proof. Nothing is joined until
     * staff merge {@code mergeFrom} into {@code customerId} (POST /api/v1/staff/customers/{customerId}/merge).
     */
    public record PossiblySameCustomer(long customerId, String name, String matchedOn, String status, long mergeFrom) {
    }

    public record EarlierInquiry(String code, String subject, String status, String categoryLabel, String assignee,
                                 Instant createdAt) {
    }
}
