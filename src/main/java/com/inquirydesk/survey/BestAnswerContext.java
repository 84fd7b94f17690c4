package com.inquirydesk.survey;

/**
 * What a supervisor needs to judge a reply the customer praised: the agent's replies, the customer's
 * words, and a title and body to start from (both editable in the form).
 */
public record BestAnswerContext(String categoryLabel, String agentReplies, String customerComment,
                                String conversationUrl, String suggestedTitle, String suggestedBody) {
}
