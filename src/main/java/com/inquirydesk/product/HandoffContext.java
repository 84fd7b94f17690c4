package com.inquirydesk.product;

/** What the product team reads on the triage form: how big the problem is and what customers ran into. */
public record HandoffContext(String featureTitle, int affectedCustomers, int linkedInquiries, String latestSummaries,
                             String latestInquiryUrl) {
}
