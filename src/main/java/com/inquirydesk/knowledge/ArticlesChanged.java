package com.inquirydesk.knowledge;

/** Published after a change to an article's text, status, schedule or votes; the search index follows it. */
public record ArticlesChanged(String slug) {
}
