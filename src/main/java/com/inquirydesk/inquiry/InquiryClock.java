package com.inquirydesk.inquiry;

import java.time.Instant;

/**
 * The service-level clock as the lifecycle's own steps drive it (answer, wait on the customer, resolve,
 * remind). The lifecycle owns the question; the {@code sla} feature answers it, so inquiry does not depend on it.
 */
public interface InquiryClock {

    /** An answer reached the customer: the running response clock stops. */
    void answered(long inquiryId);

    /** The inquiry waits on the customer; returns when to remind them. */
    Instant waitingOnCustomer(long inquiryId);

    /** The inquiry was resolved; returns until when a customer reply reopens it. */
    Instant resolved(long inquiryId);

    /** When an inquiry reminded now closes by itself if the customer stays silent. */
    Instant autoCloseAfterReminder();
}
