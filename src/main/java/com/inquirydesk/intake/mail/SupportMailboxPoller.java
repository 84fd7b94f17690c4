package com.inquirydesk.intake.mail;

import com.inquirydesk.notification.mail.MailProperties;
import com.inquirydesk.notification.mail.SupportMailbox;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP (Jakarta Mail). A mail is removed from the mailbox only after it
 * has been taken in or quarantined, so a crash or a database outage leaves it there for the next round.
 * One round runs at a time per node; with several nodes, poll on one of them
 * ({@code inquiry-desk.mail.inbound.enabled=false} on the others) so no mail is read twice.
 */
@Component
public class SupportMailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(SupportMailboxPoller.class);

    private final SupportMailbox mailbox;
    private final MailIntakeService intake;
    private final MailProperties properties;

    public SupportMailboxPoller(SupportMailbox mailbox, MailIntakeService intake, MailProperties properties) {
        this.mailbox = mailbox;
        this.intake = intake;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${inquiry-desk.mail.inbound.poll-interval:PT10S}",
            initialDelayString = "${inquiry-desk.mail.inbound.poll-interval:PT10S}")
    void scheduled() {
        if (properties.inbound().enabled()) {
            try {
                poll();
            } catch (MessagingException | RuntimeException e) {
                log.warn("support mailbox not read this round: {}", e.toString());
            }
        }
    }

    /** One round over the inbox; returns what became of each mail. */
    public synchronized List<MailIntakeService.Result> poll() throws MessagingException {
        Properties settings = new Properties();
        settings.put("mail." + mailbox.protocol() + ".connectiontimeout", "5000");
        settings.put("mail." + mailbox.protocol() + ".timeout", "20000");
        Store store = Session.getInstance(settings).getStore(mailbox.protocol());
        store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        List<MailIntakeService.Result> results = new ArrayList<>();
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    byte[] raw;
                    try {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        message.writeTo(bytes);
                        raw = bytes.toByteArray();
                    } catch (Exception e) {
                        log.warn("mail {} could not be fetched; it stays in the mailbox: {}", message.getMessageNumber(),
                                e.toString());
                        continue;
                    }
                    results.add(intake.take(raw));
                    message.setFlag(Flags.Flag.DELETED, true);
                }
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
        return results;
    }
}
