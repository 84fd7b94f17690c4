package com.inquirydesk.product;

import java.time.Instant;

/** One hand-off as staff see it in GET /api/v1/product-feedback. */
public record ProductFeedbackView(long id, String featureKey, String title, ProductFeedbackStatus status,
                                  String targetRelease, String answer, int affectedCustomers, int linkedInquiries,
                                  Instant createdAt, Instant releasedAt) {

    static ProductFeedbackView of(ProductFeedback feedback) {
        return new ProductFeedbackView(feedback.getId(), feedback.getFeatureKey(), feedback.getTitle(),
                feedback.getStatus(), feedback.getTargetRelease(), feedback.getAnswer(), feedback.getAffectedCustomers(),
                feedback.getLinkedInquiries(), feedback.getCreatedAt(), feedback.getReleasedAt());
    }
}
