package com.inquirydesk.answering;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.survey.CannedResponse;
import java.time.Instant;

/** One entry of the internal manual as agents read it: a canned reply or a handling note kept from a best answer. */
public record ManualEntry(long id, String kindLabel, String title, String body, String categoryLabel,
                          String createdBy, Instant createdAt) {

    static ManualEntry of(CannedResponse response) {
        return new ManualEntry(response.getId(),
                response.getKind() == CannedResponse.Kind.MANUAL ? "처리 매뉴얼" : "추천 답변",
                response.getTitle(), response.getBody(), categoryLabel(response.getCategory()),
                response.getCreatedBy(), response.getCreatedAt());
    }

    static String categoryLabel(String category) {
        if (category == null || category.isBlank()) {
            return "전체";
        }
        try {
            return Category.valueOf(category).label();
        } catch (IllegalArgumentException notACategory) {
            return category;
        }
    }
}
