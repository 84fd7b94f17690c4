package com.inquirydesk.knowledge;

import com.inquirydesk.system.InquiryDeskProperties;

/** Where a customer reads an article. */
public final class ArticleLinks {

    private ArticleLinks() {
    }

    public static String url(InquiryDeskProperties properties, KbArticle article) {
        return properties.publicBaseUrl() + "/api/v1/kb/articles/" + article.getSlug();
    }
}
