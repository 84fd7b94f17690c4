package com.inquirydesk.attachment;

import com.inquirydesk.inquiry.InquiryAccessKeys;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryClosedException;
import com.inquirydesk.inquiry.InquiryMessage;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.system.TimeSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files that come with an inquiry or a reply: checked (count, size, type by content), stored with the message
 * they belong to, and handed out again to the customer (by the inquiry's token) and to staff (checked by the
 * desk). Checking is separate from storing so that a form can refuse a file before anything is written.
 */
@Service
public class AttachmentService {

    static final String UNNAMED = "첨부파일";
    /** The query parameter with which a portal form is shown again after an upload it could not read at all. */
    public static final String REFUSED_PARAMETER = "upload";
    static final int MAX_NAME_LENGTH = 150;

    private final AttachmentStore store;
    private final AttachmentTypes types;
    private final AttachmentProperties properties;
    private final InquiryRepository inquiries;
    private final InquiryService inquiryService;
    private final TimeSource time;
    private final InquiryAccessKeys accessKeys;

    AttachmentService(AttachmentStore store, AttachmentTypes types, AttachmentProperties properties,
                      InquiryRepository inquiries, InquiryService inquiryService, TimeSource time,
                      InquiryAccessKeys accessKeys) {
        this.accessKeys = accessKeys;
        this.store = store;
        this.types = types;
        this.properties = properties;
        this.inquiries = inquiries;
        this.inquiryService = inquiryService;
        this.time = time;
    }

    /** A file that passed the checks, ready to be stored. */
    public record Accepted(String name, String contentType, byte[] bytes, String sha256) {
    }

    /**
     * Checks the files of one message; an empty file input (no file chosen) is no file.
     *
     * @throws AttachmentRefusedException with the reason for the first file that is refused
     */
    public List<Accepted> check(List<MultipartFile> files, int alreadyOnMessage) {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream()
                .filter(file -> file != null && !(file.isEmpty() && blank(file.getOriginalFilename()))).toList();
        if (chosen.size() + alreadyOnMessage > properties.maxCount()) {
            throw AttachmentRefusedException.tooMany(properties.maxCount());
        }
        List<Accepted> accepted = new ArrayList<>();
        for (MultipartFile file : chosen) {
            String name = sanitisedName(file.getOriginalFilename());
            if (file.getSize() > properties.maxSize().toBytes()) {
                throw AttachmentRefusedException.tooLarge(name, properties.maxSizeLabel());
            }
            if (file.isEmpty()) {
                throw AttachmentRefusedException.empty(name);
            }
            byte[] bytes = bytesOf(file);
            String type = types.detect(bytes);
            if (!AttachmentTypes.accepted(type)) {
                throw AttachmentRefusedException.wrongType(name);
            }
            accepted.add(new Accepted(name, type, bytes, sha256(bytes)));
        }
        return accepted;
    }

    @Transactional
    public List<Attachment> store(long inquiryId, Long messageId, List<Accepted> files) {
        List<Long> ids = new ArrayList<>();
        for (Accepted file : files) {
            ids.add(store.insert(inquiryId, messageId, file, time.now()));
        }
        return store.ofInquiry(inquiryId).stream().filter(a -> ids.contains(a.id())).toList();
    }

    /** Stores the files with the customer's latest message of the inquiry (the one they just sent). */
    @Transactional
    public List<Attachment> storeWithLatestCustomerMessage(String inquiryCode, List<Accepted> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        long inquiryId = inquiries.findByCode(inquiryCode).orElseThrow(() -> new InquiryNotFoundException(inquiryCode)).getId();
        return store(inquiryId, latestCustomerMessage(inquiryId), files);
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofInquiry(long inquiryId) {
        return store.ofInquiry(inquiryId);
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofInquiryCode(String code) {
        return inquiries.findByCode(code).map(inquiry -> store.ofInquiry(inquiry.getId())).orElse(List.of());
    }

    /** The file with its bytes; empty when it is not this inquiry's or its bytes are gone. */
    @Transactional(readOnly = true)
    public Optional<Attachment.Content> content(long inquiryId, long attachmentId) {
        return store.content(inquiryId, attachmentId).filter(content -> content.bytes() != null);
    }

    /** The customer API: one file more with their latest message. A wrong token answers like an unknown code. */
    @Transactional
    public Attachment uploadByCustomer(String code, String token, MultipartFile file) {
        Inquiry inquiry = authorised(code, token);
        if (inquiry.getStatus() == InquiryStatus.CLOSED || inquiry.getStatus() == InquiryStatus.MERGED) {
            throw new InquiryClosedException(code);
        }
        if (file == null) {
            throw AttachmentRefusedException.missing();
        }
        Long messageId = latestCustomerMessage(inquiry.getId());
        List<Accepted> accepted = check(List.of(file), messageId == null ? 0 : store.countOnMessage(messageId));
        if (accepted.isEmpty()) {
            throw AttachmentRefusedException.missing();
        }
        return store(inquiry.getId(), messageId, accepted).get(0);
    }

    @Transactional(readOnly = true)
    public Optional<Attachment.Content> contentForCustomer(String code, String token, long attachmentId) {
        return content(authorised(code, token).getId(), attachmentId);
    }

    public int maxCount() {
        return properties.maxCount();
    }

    public String maxSizeLabel() {
        return properties.maxSizeLabel();
    }

    public String accept() {
        return AttachmentTypes.ACCEPT_ATTRIBUTE;
    }

    /** The Korean reason a portal form shows for {@code ?upload=…}; null for an unknown value. */
    public String uploadRefusalReason(String refusal) {
        if (refusal == null) {
            return null;
        }
        return "too-large".equals(refusal)
                ? "첨부파일이 너무 커서 받지 못했습니다. 파일 하나는 " + properties.maxSizeLabel() + "까지, 한 번에 "
                        + properties.maxCount() + "개까지 첨부할 수 있습니다. 내용을 다시 적어 주세요."
                : "unreadable".equals(refusal) ? "첨부파일을 읽지 못했습니다. 파일을 다시 골라 주세요." : null;
    }

    public String acceptedDescription() {
        return AttachmentTypes.ACCEPTED_DESCRIPTION;
    }

    /**
     * The name as shown and sent back: no folders, no control or direction-changing characters, nothing a
     * file system or a header would read specially, at most {@link #MAX_NAME_LENGTH} characters (the
     * extension kept).
     */
    static String sanitisedName(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;]", "").strip().replaceFirst("^\\.+", "").strip();
        if (name.isEmpty()) {
            return UNNAMED;
        }
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_NAME_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }

    private Long latestCustomerMessage(long inquiryId) {
        List<InquiryMessage> conversation = inquiryService.conversation(inquiryId);
        for (int i = conversation.size() - 1; i >= 0; i--) {
            if (conversation.get(i).getDirection() == MessageDirection.CUSTOMER) {
                return conversation.get(i).getId();
            }
        }
        return null;
    }

    private Inquiry authorised(String code, String token) {
        Inquiry inquiry = inquiries.findByCode(code).orElseThrow(() -> new InquiryNotFoundException(code));
        if (!accessKeys.opens(inquiry, token)) {
            throw new InquiryNotFoundException(code);
        }
        return inquiry;
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
