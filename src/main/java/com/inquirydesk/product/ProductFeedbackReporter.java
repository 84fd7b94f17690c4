package com.inquirydesk.product;

/**
 * Hands a product problem found in customer feedback to the product team. Feedback on a feature that
 * already has an open hand-off joins it; otherwise a new hand-off starts.
 */
public interface ProductFeedbackReporter {

    /**
     * @param featureKey the product feature concerned, e.g. {@code app-login}; the hand-off's business key
     * @param summary    one line for the product team, in Korean
     * @param vocItemId  the VOC item that found the problem, or null
     */
    void report(String featureKey, String summary, long inquiryId, long customerId, Long vocItemId);
}
