package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;

/**
 * One search over the knowledge base. {@code text} may be blank (then everything that passes the
 * filters, most helpful first); {@code category}, {@code segment} and {@code type} narrow it when set.
 * An article without a segment is for every customer; one with a segment only for that segment.
 * A typed query must match at least half of its words; a suggestion drawn from a customer's long text
 * ({@code anyWord}) may match any of them.
 */
public record ArticleSearch(String text, Category category, String segment, ArticleType type, int limit,
                            boolean anyWord) {

    public ArticleSearch(String text, Category category, String segment, ArticleType type, int limit) {
        this(text, category, segment, type, limit, false);
    }

    public static ArticleSearch forText(String text, int limit) {
        return new ArticleSearch(text, null, null, null, limit);
    }

    public static ArticleSearch suggestions(String text, Category category, String segment, int limit) {
        return new ArticleSearch(text, category, segment, null, limit, true);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
