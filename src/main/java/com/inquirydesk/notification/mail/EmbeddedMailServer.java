package com.inquirydesk.notification.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail server of the default profile, so the e-mail channel works out of the box. It accepts mail
 * for any address and creates the mailbox on delivery with login and password equal to the address, so
 * a tester can read a customer's mail over IMAP.
 */
public class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;
    private final String supportAddress;

    EmbeddedMailServer(MailProperties properties) {
        MailProperties.Embedded embedded = properties.embedded();
        this.greenMail = new GreenMail(new ServerSetup[] {
                setup(embedded.smtpPort(), ServerSetup.PROTOCOL_SMTP),
                setup(embedded.imapPort(), ServerSetup.PROTOCOL_IMAP)});
        this.supportAddress = properties.supportAddress();
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    void start() {
        greenMail.start();
        greenMail.setUser(supportAddress, supportAddress, supportAddress);
        log.info("embedded mail server: SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{}, support mailbox {}",
                smtpPort(), imapPort(), supportAddress);
    }

    void stop() {
        greenMail.stop();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** For tests and tools: the server itself (received mail, users). */
    public GreenMail greenMail() {
        return greenMail;
    }
}
