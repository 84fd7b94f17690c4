package com.inquirydesk.kbadmin;

import com.inquirydesk.knowledge.ArticleLinks;
import com.inquirydesk.knowledge.KbArticle;
import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Instant;

/** An article as its editors see it, whatever its status; {@code body} only when one article is asked for. */
record ManagedArticle(String slug, String title, String body, String type, String typeLabel, String category,
                      String categoryLabel, String segment, String keywords, String status, String statusLabel,
                      Instant publishAt, int version, int helpfulCount, int unhelpfulCount, int viewCount,
                      Instant updatedAt, String url) {

    static ManagedArticle of(KbArticle article, Instant now, InquiryDeskProperties properties, boolean withBody) {
        var status = article.statusAt(now);
        return new ManagedArticle(article.getSlug(), article.getTitle(), withBody ? article.getBody() : null,
                article.getArticleType().name(), article.getArticleType().label(), article.getCategory().name(),
                article.getCategory().label(), article.getSegment(), article.getKeywords(), status.name(),
                status.label(), article.getPublishAt(), article.getVersion(), article.getHelpfulCount(),
                article.getUnhelpfulCount(), article.getViewCount(), article.getUpdatedAt(),
                ArticleLinks.url(properties, article));
    }
}
