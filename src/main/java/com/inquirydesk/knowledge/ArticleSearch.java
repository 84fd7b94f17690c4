package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;

/**
 * One search over the knowledge base. {@code text} may be blank (then everything that passes the
 * filters, most helpful first); {@code category}, {@code segment} and {@code type} narrow it when set.
 * An article without a segment is for every customer; one with a segment only for that segment.
 */
public record ArticleSearch(String text, Category category, String segment, ArticleType type, int limit) {

    public static ArticleSearch forText(String text, int limit) {
        return new ArticleSearch(text, null, null, null, limit);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
