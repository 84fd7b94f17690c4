package com.inquirydesk.desk;

import com.inquirydesk.audit.AuditService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.MessageDirection;
import com.inquirydesk.system.PersonalDataMasker;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes on an inquiry: kept in its conversation as direction NOTE with the writer as author, shown to staff
 * (desk page, staff API) and never to the customer. Only someone who may open the inquiry may note on it; for anyone
 * else it does not exist. Every note is audited.
 */
@Service
public class InternalNotes {

    public static final int MAX_LENGTH = 5_000;

    public record Note(String code, String direction, String author, String body, Instant at) {
    }

    private final InquiryService inquiries;
    private final StaffInquiryAccess access;
    private final AuditService audit;

    InternalNotes(InquiryService inquiries, StaffInquiryAccess access, AuditService audit) {
        this.inquiries = inquiries;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(noRollbackFor = InquiryNotFoundException.class)
    public Note add(String code, String body, Authentication staff, String sourceAddress) {
        if (body == null || body.isBlank()) {
            throw new InvalidStaffParameterException("body", "메모 내용을 입력해 주세요.");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidStaffParameterException("body", "메모는 " + MAX_LENGTH + "자 이내로 입력해 주세요.");
        }
        Inquiry inquiry = inquiries.getByCode(code);
        if (!access.mayRead(staff, inquiry)) {
            audit.record(staff.getName(), sourceAddress, "NOTE_REFUSED", inquiry.getCustomerId(), "inquiry", code, null);
            throw new InquiryNotFoundException(code);
        }
        // Staff sometimes paste what the customer said: identifiers that must never be stored are masked here too.
        String text = PersonalDataMasker.maskIdentifiers(body.strip());
        var message = inquiries.append(inquiry, MessageDirection.NOTE, inquiry.getChannel(), text,
                staff.getName());
        audit.record(staff.getName(), sourceAddress, "NOTE_ADDED", inquiry.getCustomerId(), "inquiry", code,
                "message " + message.getId());
        return new Note(code, message.getDirection().name(), message.getAuthor(), message.getBody(), message.getCreatedAt());
    }
}
