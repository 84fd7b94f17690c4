package com.inquirydesk.portal;

import com.inquirydesk.attachment.AttachmentService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.intake.CustomerInquiryService;
import com.inquirydesk.intake.InquiryCreated;
import com.inquirydesk.intake.NewInquiryRequest;
import com.inquirydesk.inquirytype.InquiryTypeForms;
import com.inquirydesk.inquirytype.TypedInquiryIntake;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portal form with its files is one change: the inquiry (or the reply) and its attachments are stored
 * together or not at all, so an acknowledged inquiry never lacks the photo the customer sent with it.
 */
@Service
class PortalSubmissions {

    private final TypedInquiryIntake intake;
    private final CustomerInquiryService customerInquiries;
    private final AttachmentService attachments;

    PortalSubmissions(TypedInquiryIntake intake, CustomerInquiryService customerInquiries, AttachmentService attachments) {
        this.intake = intake;
        this.customerInquiries = customerInquiries;
        this.attachments = attachments;
    }

    /** Files of an inquiry that joined an open one as a duplicate go where the conversation continues. */
    @Transactional
    InquiryCreated receive(NewInquiryRequest request, List<InquiryTypeForms.Answer> answers,
                           List<AttachmentService.Accepted> files, String sourceAddress) {
        InquiryCreated created = intake.receive(request, answers, sourceAddress);
        attachments.storeWithLatestCustomerMessage(created.duplicateOf() != null ? created.duplicateOf() : created.code(), files);
        return created;
    }

    @Transactional
    Inquiry reply(String code, String token, String text, List<AttachmentService.Accepted> files) {
        Inquiry target = customerInquiries.reply(code, token, text);
        attachments.storeWithLatestCustomerMessage(target.getCode(), files);
        return target;
    }
}
