package com.inquirydesk.knowledge;

import com.inquirydesk.system.InquiryDeskProperties;

/** An article in a list of search results or suggestions: enough to choose it, with the link to read it. */
public record ArticleSummary(String slug, String title, String excerpt, String category, String categoryLabel,
                             String type, String typeLabel, String url) {

    static final int EXCERPT_LENGTH = 90;

    public static ArticleSummary of(KbArticle article, InquiryDeskProperties properties) {
        return new ArticleSummary(article.getSlug(), article.getTitle(), excerpt(article.getBody()),
                article.getCategory().name(), article.getCategory().label(), article.getArticleType().name(),
                article.getArticleType().label(), ArticleLinks.url(properties, article));
    }

    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= EXCERPT_LENGTH ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT_LENGTH)).strip() + "…";
    }
}
