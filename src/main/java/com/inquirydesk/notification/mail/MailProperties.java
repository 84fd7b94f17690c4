package com.inquirydesk.notification.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code inquiry-desk.mail.*}. {@code supportAddress} is the mailbox customers write to and
 * the sender of every mail the service sends. With {@code embedded.enabled} the service runs its own mail
 * server (GreenMail) on {@code embedded.smtpPort}/{@code embedded.imapPort} (0 picks a free port); otherwise
 * outbound mail uses {@code spring.mail.*} and inbound mail is read from {@code imap.*}.
 */
@ConfigurationProperties("inquiry-desk.mail")
public record MailProperties(
        @DefaultValue("support@inquirydesk.local") String supportAddress,
        @DefaultValue Embedded embedded,
        @DefaultValue Imap imap,
        @DefaultValue Inbound inbound) {

    public record Embedded(@DefaultValue("false") boolean enabled,
                           @DefaultValue("3025") int smtpPort,
                           @DefaultValue("3143") int imapPort) {
    }

    /** The support mailbox on a real server; user and password default to the support address (as GreenMail wants). */
    public record Imap(@DefaultValue("localhost") String host,
                       @DefaultValue("143") int port,
                       @DefaultValue("imap") String protocol,
                       String username,
                       String password) {
    }

    /** {@code enabled} polls the support mailbox every {@code pollInterval}; larger mails are quarantined. */
    public record Inbound(@DefaultValue("true") boolean enabled,
                          @DefaultValue("PT10S") Duration pollInterval,
                          @DefaultValue("10MB") DataSize maxMessageSize) {
    }

    /** The host part of Message-IDs the service makes up. */
    public String messageIdDomain() {
        int at = supportAddress.indexOf('@');
        return at < 0 ? "inquirydesk.local" : supportAddress.substring(at + 1);
    }
}
