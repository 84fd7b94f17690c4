package com.inquirydesk.attachment;

import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.intake.MissingAccessTokenException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The customer API's files: upload one (multipart field {@code file}) and fetch one again, by the inquiry's token. */
@RestController
@RequestMapping("/api/v1/inquiries/{code}/attachments")
class CustomerAttachmentController {

    static final String ACCESS_TOKEN = "X-Access-Token";
    private static final Pattern CODE_FORMAT = Pattern.compile("INQ-\\d{8}-\\d{6}");

    private final AttachmentService attachments;

    CustomerAttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    /** What the API answers about a stored file. */
    record Stored(long id, String name, String contentType, long size, String sha256) {
    }

    /** Anything but a multipart body is refused here with a problem document naming the expected form. */
    @PostMapping
    ResponseEntity<Stored> upload(@PathVariable String code, @RequestHeader(name = ACCESS_TOKEN, required = false) String token,
                                  HttpServletRequest request) {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            throw AttachmentRefusedException.notMultipart();
        }
        MultipartFile file = multipart.getFile(AttachmentRefusedException.FIELD);
        Attachment stored = attachments.uploadByCustomer(checkedCode(code), requireToken(token), file);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/inquiries/" + code + "/attachments/" + stored.id()))
                .body(new Stored(stored.id(), stored.name(), stored.contentType(), stored.size(), stored.sha256()));
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id,
                                    @RequestHeader(name = ACCESS_TOKEN, required = false) String token) {
        return attachments.contentForCustomer(checkedCode(code), requireToken(token), id)
                .map(AttachmentResponses::of)
                .orElseThrow(AttachmentNotFoundException::new);
    }

    private static String checkedCode(String code) {
        if (!CODE_FORMAT.matcher(code).matches()) {
            throw new InquiryNotFoundException(code.length() > 40 ? code.substring(0, 40) : code);
        }
        return code;
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new MissingAccessTokenException();
        }
        return token;
    }
}
