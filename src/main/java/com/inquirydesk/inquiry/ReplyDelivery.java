package com.inquirydesk.inquiry;

/**
 * Queues an agent's answer for the customer's channel, in the transaction that records it. Declared
 * here and implemented by the outbox, so the inquiry package does not depend on how messages leave.
 */
public interface ReplyDelivery {

    void queueReply(long inquiryId, String reply, String agent);
}
