package com.inquirydesk.inquiry;

import java.time.Instant;

/** What the process may trust about its inquiry: read from the inquiry row found by the business key. */
public record InquiryIdentity(long id, String code, long customerId, Instant responseDueAt) {
}
