package com.inquirydesk.notification.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A customer's mailbox on the embedded mail server, read over IMAP with the address as user and password. */
public final class CustomerMailbox {

    private CustomerMailbox() {
    }

    /** Copies of every message in the inbox; none while nothing was delivered to the address yet. */
    public static List<MimeMessage> read(int imapPort, String address) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        try {
            store.connect("127.0.0.1", imapPort, address, address);
        } catch (jakarta.mail.AuthenticationFailedException notYet) {
            return List.of();
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            inbox.close(false);
            return copies;
        } finally {
            store.close();
        }
    }

    /** The text of a single-part message ("" when it cannot be read). */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            return "";
        }
    }
}
