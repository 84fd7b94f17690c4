package com.inquirydesk.voc.weekly;

/**
 * What the guide editor of one category sees above the updateGuideDocument form: the keywords of the week's
 * low-score comments in that category and a link to the conversation behind the lowest of them.
 */
public record GuideUpdateContext(String vocKeywords, String conversationUrl) {
}
