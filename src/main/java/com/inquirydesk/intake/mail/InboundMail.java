package com.inquirydesk.intake.mail;

import com.inquirydesk.system.ControlCharacters;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the service reads from one inbound mail: sender, decoded subject (RFC 2047 words in EUC-KR,
 * ISO-2022-KR, UTF-8, Q or B), the new text of the body (text/plain preferred, HTML turned into text
 * with jsoup, quoted history cut off), the thread headers and whether a machine sent it.
 */
record InboundMail(String fromAddress, String fromName, String subject, String text, String messageId,
                   List<String> threadIds, boolean automatic, List<String> attachmentNames) {

    private static final Pattern TAG = Pattern.compile("\\[(INQ-\\d{8}-\\d{6})]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(-{2,}\\s*(Original Message|원본 메시지|원래 메시지)\\s*-{2,}|On .+ wrote:|.*\\d{4}.*(작성|보냄|님이 작성).*:)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The inquiry code in the subject, e.g. "Re: [INQ-20261202-000003] 환불 문의". */
    Optional<String> tag() {
        Matcher matcher = TAG.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static InboundMail read(MimeMessage mail) throws MessagingException, IOException {
        Address[] from = mail.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)
                || sender.getAddress() == null || !sender.getAddress().contains("@")) {
            throw new UnreadableMailException("보낸 사람 주소가 없거나 올바르지 않습니다");
        }
        String subject = ControlCharacters.strip(decode(mail.getHeader("Subject", null)));
        List<String> attachments = new ArrayList<>();
        String text = ControlCharacters.strip(bodyText(mail, attachments));
        List<String> threadIds = new ArrayList<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String value = mail.getHeader(header, " ");
            if (value != null) {
                Matcher ids = MESSAGE_ID.matcher(value);
                while (ids.find()) {
                    threadIds.add(ids.group());
                }
            }
        }
        String messageId = mail.getMessageID();
        return new InboundMail(sender.getAddress().strip().toLowerCase(Locale.ROOT), ControlCharacters.strip(sender.getPersonal()),
                subject == null ? "" : subject.strip(), text == null ? "" : withoutQuotedHistory(text),
                messageId == null ? null : messageId.strip(), threadIds, isAutomatic(mail, sender), attachments);
    }

    /** Auto-replies, vacation notices and bounces (RFC 3834, common X- headers, DSNs) must not open inquiries. */
    static boolean isAutomatic(MimeMessage mail, InternetAddress sender) throws MessagingException {
        String autoSubmitted = mail.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return true;
        }
        if (mail.getHeader("X-Autoreply") != null || mail.getHeader("X-Autorespond") != null) {
            return true;
        }
        String precedence = mail.getHeader("Precedence", null);
        if (precedence != null && List.of("auto_reply", "bulk", "junk", "list")
                .contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String contentType = mail.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/report")) {
            return true;
        }
        String returnPath = mail.getHeader("Return-Path", null);
        if (returnPath != null && returnPath.strip().equals("<>")) {
            return true;
        }
        String local = sender.getAddress().substring(0, sender.getAddress().indexOf('@')).toLowerCase(Locale.ROOT);
        return local.equals("mailer-daemon") || local.equals("postmaster");
    }

    private static String decode(String header) throws UnsupportedEncodingExceptionWrapper {
        if (header == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new UnsupportedEncodingExceptionWrapper(e);
        }
    }

    private static String bodyText(Part part, List<String> attachments) throws MessagingException, IOException {
        String disposition = part.getDisposition();
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            attachments.add(part.getFileName() == null ? "(이름 없음)" : decode(part.getFileName()));
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return content(part);
        }
        if (part.isMimeType("text/html")) {
            return htmlToText(content(part));
        }
        if (part.isMimeType("multipart/alternative")) {
            Multipart alternatives = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < alternatives.getCount(); i++) {
                BodyPart alternative = alternatives.getBodyPart(i);
                if (alternative.isMimeType("text/plain")) {
                    return content(alternative);
                }
                if (html == null) {
                    html = bodyText(alternative, attachments);
                }
            }
            return html;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String text = null;
            for (int i = 0; i < parts.getCount(); i++) {
                String found = bodyText(parts.getBodyPart(i), attachments);
                if (text == null) {
                    text = found;
                }
            }
            return text;
        }
        if (part.isMimeType("message/rfc822")) {
            return null;
        }
        attachments.add(part.getFileName() == null ? part.getContentType() : decode(part.getFileName()));
        return null;
    }

    /** Jakarta Mail decodes the transfer encoding and the declared charset (EUC-KR, ISO-2022-KR, UTF-8…). */
    private static String content(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof InputStream stream) {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new UnreadableMailException("본문 형식을 읽을 수 없습니다: " + part.getContentType());
    }

    static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head").remove();
        document.select("br").after("\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, blockquote").after("\n");
        return document.body() == null ? "" : document.body().wholeText().replaceAll("[ \\t\\u00a0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The customer's new words only: quoted lines and the quoted earlier mail are dropped. */
    static String withoutQuotedHistory(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (QUOTE_HEADER.matcher(line.strip()).matches()) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(line);
            }
        }
        String result = String.join("\n", kept).strip();
        return result.isEmpty() ? text.strip() : result;
    }

    /** A header in a charset this JVM does not know: the mail goes to a person. */
    static final class UnsupportedEncodingExceptionWrapper extends UnreadableMailException {
        UnsupportedEncodingExceptionWrapper(java.io.UnsupportedEncodingException cause) {
            super("알 수 없는 문자 인코딩입니다: " + cause.getMessage());
        }
    }
}
