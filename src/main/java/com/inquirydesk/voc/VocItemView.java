package com.inquirydesk.voc;

import com.inquirydesk.inquiry.Category;
import java.time.Instant;
import java.util.List;

/** A VOC item as the staff API shows it. */
public record VocItemView(long id, Long inquiryId, String inquiryCode, Category category, String categoryLabel,
                          List<String> keywords, Sentiment sentiment, VocSource source, VocStatus status,
                          String rootCause, String action, String agent, String contactResult, Instant createdAt,
                          Instant reviewedAt, Instant closedAt) {

    static VocItemView of(VocItem item, String inquiryCode) {
        return new VocItemView(item.getId(), item.getInquiryId(), inquiryCode, item.getCategory(),
                item.getCategory() == null ? null : item.getCategory().label(), item.keywordList(), item.getSentiment(),
                item.getSource(), item.getStatus(), item.getRootCause(), item.getAction(), item.getAgent(),
                item.getContactResult(), item.getCreatedAt(), item.getReviewedAt(), item.getClosedAt());
    }
}
