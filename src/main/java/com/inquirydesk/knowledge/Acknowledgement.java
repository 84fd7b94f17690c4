package com.inquirydesk.knowledge;

import java.time.Instant;
import java.util.List;

/** What the customer is told right after writing in. {@code apology} is null unless discomfort was detected. */
public record Acknowledgement(String text, String apology, Instant expectedFirstResponseBy,
                              List<KbArticle> suggestedArticles) {
}
