package com.inquirydesk.voc;

/**
 * What the contact, review and coaching forms show about one VOC item. The comment travels as a process
 * variable because the forms must show it; everything else about the customer stays in the tables.
 */
public record VocContext(long vocItemId, String categoryLabel, String category, String keywords, Sentiment sentiment,
                         String comment, String scores, String agent, String conversationUrl) {
}
