package com.inquirydesk.attachment;

import java.time.Instant;

/**
 * One file's record, without its bytes. {@code fromAgent} tells who sent it (the message it came with);
 * {@code deletedAt} is set once the bytes are gone (retention or erasure) and the file shows as "삭제됨".
 */
public record Attachment(long id, long inquiryId, Long messageId, String name, String contentType, long size,
                         String sha256, Instant createdAt, Instant deletedAt, boolean fromAgent) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean image() {
        return AttachmentTypes.isImage(contentType);
    }

    /** The type as a customer names it ("PNG 이미지"). */
    public String typeLabel() {
        return AttachmentTypes.ACCEPTED.getOrDefault(contentType, contentType);
    }

    /** "1.2MB", "340KB", "12 bytes". */
    public String sizeLabel() {
        if (size >= 1024 * 1024) {
            return String.format("%.1fMB", size / (1024.0 * 1024.0));
        }
        return size >= 1024 ? (size / 1024) + "KB" : size + " bytes";
    }

    /** Bytes and what to send them as. */
    public record Content(Attachment attachment, byte[] bytes) {
    }
}
