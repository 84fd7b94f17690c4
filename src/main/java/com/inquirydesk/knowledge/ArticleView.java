package com.inquirydesk.knowledge;

import java.time.Instant;

public record ArticleView(String slug, String title, String body, String category, String categoryLabel,
                          String type, String typeLabel, int version, Instant updatedAt) {

    static ArticleView of(KbArticle article) {
        return new ArticleView(article.getSlug(), article.getTitle(), article.getBody(), article.getCategory().name(),
                article.getCategory().label(), article.getArticleType().name(), article.getArticleType().label(),
                article.getVersion(), article.getUpdatedAt());
    }
}
