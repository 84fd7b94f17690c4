package com.inquirydesk.inquiry;

/** What the agent sees on the respond form before answering. */
public record RespondContext(String categoryLabel, String customerSegment, String historySummary,
                             String customerMessage, String conversationUrl, String inquiryFields) {
}
