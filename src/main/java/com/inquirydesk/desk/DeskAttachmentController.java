package com.inquirydesk.desk;

import com.inquirydesk.attachment.Attachment;
import com.inquirydesk.attachment.AttachmentNotFoundException;
import com.inquirydesk.attachment.AttachmentResponses;
import com.inquirydesk.attachment.AttachmentService;
import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's file, opened by staff from the desk page: only by whom may read the inquiry (anyone else gets
 * the same 404 as for an unknown inquiry), and every opening is recorded like a read of the conversation.
 */
@RestController
class DeskAttachmentController {

    private final InquiryService inquiries;
    private final StaffInquiryAccess access;
    private final AttachmentService attachments;
    private final AuditService audit;
    private final AccessLog accessLog;

    DeskAttachmentController(InquiryService inquiries, StaffInquiryAccess access, AttachmentService attachments,
                             AuditService audit, AccessLog accessLog) {
        this.inquiries = inquiries;
        this.access = access;
        this.attachments = attachments;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    @GetMapping("/desk/inquiries/{code}/attachments/{id}")
    @Transactional
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id, Authentication staff,
                                    HttpServletRequest request) {
        Inquiry inquiry = inquiries.getByCode(code);
        if (!access.mayRead(staff, inquiry)) {
            audit.record(staff.getName(), request.getRemoteAddr(), "READ_REFUSED", inquiry.getCustomerId(), "attachment",
                    String.valueOf(id), "inquiry=" + code);
            throw new InquiryNotFoundException(code);
        }
        Attachment.Content content = attachments.content(inquiry.getId(), id).orElseThrow(AttachmentNotFoundException::new);
        audit.record(staff.getName(), request.getRemoteAddr(), "READ", inquiry.getCustomerId(), "attachment",
                String.valueOf(id), "inquiry=" + code);
        accessLog.record(staff.getName(), request.getRemoteAddr(), AccessAction.READ, inquiry.getCustomerId(),
                "attachment " + id + " of inquiry " + code, AccessVia.DESK);
        return AttachmentResponses.of(content);
    }
}
