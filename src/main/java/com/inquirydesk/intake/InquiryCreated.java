package com.inquirydesk.intake;

import java.time.Instant;
import java.util.List;

/** Answer to POST /api/v1/inquiries. */
public record InquiryCreated(String code, String accessToken, String status, String priority,
                             Instant expectedFirstResponseBy, String acknowledgement, String apology,
                             List<SuggestedArticle> suggestedArticles, String duplicateOf) {

    public record SuggestedArticle(String slug, String title, String url) {
    }
}
