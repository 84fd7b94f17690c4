package com.inquirydesk.attachment;

import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What a file really is, told by Apache Tika from its first bytes (magic numbers); the name and the type the
 * browser claims are ignored, so a script renamed to photo.png is refused. Only pictures and PDF are taken.
 */
@Component
class AttachmentTypes {

    /** Accepted types with the words a customer knows them by. */
    static final Map<String, String> ACCEPTED = Map.of(
            "image/jpeg", "JPEG 사진", "image/png", "PNG 이미지", "image/gif", "GIF 이미지", "image/webp", "WebP 이미지",
            "image/heic", "HEIC 사진", "image/heif", "HEIF 사진", "application/pdf", "PDF 문서");

    /** For the file input's accept attribute: a hint to the phone's file picker, checked again here. */
    static final String ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,"
            + ".jpg,.jpeg,.png,.gif,.webp,.heic,.heif,application/pdf,.pdf";

    static final String ACCEPTED_DESCRIPTION = "사진(JPG·PNG·GIF·WebP·HEIC)과 PDF";

    private final Tika tika = new Tika();

    /** The detected media type, e.g. {@code image/png}, or {@code application/octet-stream} when unknown. */
    String detect(byte[] content) {
        return tika.detect(content);
    }

    static boolean accepted(String mediaType) {
        return ACCEPTED.containsKey(mediaType);
    }

    static boolean isImage(String mediaType) {
        return mediaType.startsWith("image/");
    }
}
