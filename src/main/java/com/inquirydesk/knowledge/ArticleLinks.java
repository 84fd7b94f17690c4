package com.inquirydesk.knowledge;

import com.inquirydesk.system.InquiryDeskProperties;

/** Where a customer reads an article: its page in the customer center. */
public final class ArticleLinks {

    private ArticleLinks() {
    }

    public static String url(InquiryDeskProperties properties, KbArticle article) {
        return properties.publicBaseUrl() + "/portal/articles/" + article.getSlug();
    }
}
