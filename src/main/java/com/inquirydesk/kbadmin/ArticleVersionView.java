package com.inquirydesk.kbadmin;

import com.inquirydesk.knowledge.KbArticleVersion;
import java.time.Instant;

/** One row of an article's history: what it said and where it stood after that change, and who made it. */
record ArticleVersionView(int version, String title, String body, String type, String category, String segment,
                          String keywords, String status, Instant publishAt, String editor, Instant createdAt) {

    static ArticleVersionView of(KbArticleVersion version) {
        return new ArticleVersionView(version.getVersion(), version.getTitle(), version.getBody(),
                version.getArticleType() == null ? null : version.getArticleType().name(),
                version.getCategory().name(), version.getSegment(), version.getKeywords(), version.getStatus(),
                version.getPublishAt(), version.getEditor(), version.getCreatedAt());
    }
}
