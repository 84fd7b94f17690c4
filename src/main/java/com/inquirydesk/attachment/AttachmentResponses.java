package com.inquirydesk.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored file is handed out: with the type detected at upload (never the one the uploader claimed),
 * {@code nosniff} so the browser does not guess another, pictures inline and everything else as a download,
 * the name encoded per RFC 6266, and a policy that lets nothing in the file run or load.
 */
public final class AttachmentResponses {

    static final String SANDBOX = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private AttachmentResponses() {
    }

    public static ResponseEntity<byte[]> of(Attachment.Content content) {
        Attachment file = content.attachment();
        ContentDisposition disposition = (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(content.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content.bytes());
    }
}
