package com.inquirydesk.notification.mail;

/** Where inbound mail is read: the support mailbox on the embedded or the configured IMAP server. */
public record SupportMailbox(String protocol, String host, int port, String username, String password) {
}
