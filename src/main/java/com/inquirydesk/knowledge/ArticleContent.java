package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;

/** What an editor writes of an article, already checked by {@link ArticleInput}. */
public record ArticleContent(String title, String body, ArticleType type, Category category, String segment,
                             String keywords) {
}
