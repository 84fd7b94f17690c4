package com.inquirydesk.attachment;

import com.inquirydesk.system.RequestSizeAllowance;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Multipart uploads, only where files are expected: the portal's inquiry forms and the customer API's
 * attachment endpoint. Spring Boot's own multipart set-up stays off (application.yaml); the bound comes from
 * the attachment limits instead: {@code max-count} files of {@code max-size} plus the form's fields. Each file
 * is checked against {@code max-size} by {@link AttachmentService}, so one file that is too large is refused
 * with its reason while the rest of the form survives; only a request beyond the whole bound is cut off.
 */
@Configuration
class AttachmentUploads {

    /** Where a multipart body is read at all; anywhere else it is left unparsed. */
    static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/portal/inquiries/(new|INQ-\\d{8}-\\d{6}/reply)|/api/v1/inquiries/[^/]+/attachments");
    static final Pattern API_UPLOAD = Pattern.compile("/api/v1/inquiries/[^/]+/attachments");
    /** Files larger than this are spooled to a temporary file instead of memory while the request is read. */
    static final int IN_MEMORY_THRESHOLD = 256 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        long bound = properties.maxRequestBytes();
        return new MultipartConfigElement("", bound, bound, IN_MEMORY_THRESHOLD);
    }

    @Bean
    StandardServletMultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return super.isMultipart(request) && UPLOAD_PATHS.matcher(request.getRequestURI()).matches();
            }
        };
    }

    /** The API takes one file per request: its size limit plus room for the multipart framing. */
    @Bean
    RequestSizeAllowance attachmentUploadAllowance(AttachmentProperties properties) {
        long limit = properties.maxSize().toBytes() + 64 * 1024;
        return request -> "POST".equals(request.getMethod()) && API_UPLOAD.matcher(request.getRequestURI()).matches()
                ? OptionalLong.of(limit) : OptionalLong.empty();
    }
}
