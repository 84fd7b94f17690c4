package com.inquirydesk.notification;

import com.inquirydesk.inquiry.Channel;

/** How an outbox row leaves the service; decided when the row is written. */
public enum Transport {
    /** SMTP to the recipient's address. */
    EMAIL,
    /** Into the customer's open chat session. */
    CHAT,
    /** Signed POST to the messenger channel's callback URL. */
    MESSENGER,
    /** Slack-compatible incoming webhook of the support team. */
    TEAM_CHAT,
    /** The customer reads the conversation page; nothing to send. */
    PAGE;

    /** A customer notice follows the channel the customer wrote on; web and app customers with an address get mail. */
    static Transport forCustomer(Channel channel, String recipient) {
        return switch (channel) {
            case EMAIL -> EMAIL;
            case CHAT -> CHAT;
            case SNS -> MESSENGER;
            case WEB, APP -> recipient != null && recipient.contains("@") ? EMAIL : PAGE;
            case PHONE -> PAGE;
        };
    }
}
