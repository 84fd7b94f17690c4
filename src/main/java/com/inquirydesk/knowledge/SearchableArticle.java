package com.inquirydesk.knowledge;

import com.inquirydesk.inquiry.Category;
import java.time.Instant;

/** What the search index keeps of an article: a snapshot, so the index never holds a JPA entity. */
public record SearchableArticle(String slug, String title, String body, String keywords, Category category,
                                String segment, ArticleType type, Instant publishAt, int helpfulCount) {

    static SearchableArticle of(KbArticle article) {
        return new SearchableArticle(article.getSlug(), article.getTitle(), article.getBody(), article.getKeywords(),
                article.getCategory(), article.getSegment(), article.getArticleType(), article.getPublishAt(),
                article.getHelpfulCount());
    }
}
