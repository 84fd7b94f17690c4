package com.inquirydesk.notification;

/**
 * Fills in, when a queued message is delivered, what its stored payload only holds a placeholder for: a
 * customer's personal link with a freshly issued token. The stored payload (which staff can read) never
 * carries the token; only the message that leaves does.
 */
public interface DeliveryPlaceholders {

    /** The text to send for this row; return {@code payload} unchanged when it holds nothing of yours. */
    String fill(OutboxMessage message, String payload);
}
