package com.inquirydesk.attachment;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload whose whole body is beyond the bound, or whose multipart body cannot be read, fails before any
 * controller is chosen, so no feature's advice sees it. The API answers with a problem document; a portal form
 * is sent back to itself with the reason shown next to its file field (the browser cannot keep what it sent).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadRefusalAdvice {

    private static final Logger log = LoggerFactory.getLogger(UploadRefusalAdvice.class);

    private final AttachmentProperties properties;

    UploadRefusalAdvice(AttachmentProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException ex, HttpServletRequest request) {
        boolean tooLarge = ex instanceof MaxUploadSizeExceededException
                || (ex.getMessage() != null && ex.getMessage().contains("exceed"));
        log.info("Upload refused on {}: {}", request.getRequestURI(), ex.getMessage());
        String path = request.getRequestURI();
        if (path.startsWith("/portal/inquiries/")) {
            String back = path.endsWith("/reply") ? path.substring(0, path.length() - "/reply".length()) : path;
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(back + "?" + AttachmentService.REFUSED_PARAMETER + "=" + (tooLarge ? "too-large" : "unreadable")))
                    .build();
        }
        AttachmentRefusedException refusal = tooLarge
                ? AttachmentRefusedException.requestTooLarge(properties.maxSizeLabel(), properties.maxCount())
                : new AttachmentRefusedException(HttpStatus.BAD_REQUEST, "attachment-unreadable", "첨부파일을 읽을 수 없습니다",
                        "multipart/form-data 본문을 읽을 수 없습니다. file 항목으로 파일을 보내 주세요.");
        return ResponseEntity.status(refusal.getStatusCode()).body(refusal.getBody());
    }
}
