package com.inquirydesk.desk;

import com.inquirydesk.attachment.AttachmentService;
import com.inquirydesk.inquiry.InquiryFieldValueRepository;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The agent's context page (linked from the respond form) and its JSON twin for other tools. */
@Controller
class DeskController {

    private final StaffInquiryService staffInquiries;
    private final InquiryDeskProperties properties;
    private final InquiryFieldValueRepository fieldValues;
    private final AttachmentService attachments;

    DeskController(StaffInquiryService staffInquiries, InquiryDeskProperties properties,
                   InquiryFieldValueRepository fieldValues, AttachmentService attachments) {
        this.staffInquiries = staffInquiries;
        this.properties = properties;
        this.fieldValues = fieldValues;
        this.attachments = attachments;
    }

    @GetMapping("/desk/inquiries/{code}")
    String page(@PathVariable String code, Authentication staff, HttpServletRequest request, Model model) {
        model.addAttribute("inquiry", staffInquiries.view(code, staff, request.getRemoteAddr()));
        model.addAttribute("typeFields", fieldValues.findByInquiryCode(code));
        model.addAttribute("attachments", attachments.ofInquiryCode(code));
        model.addAttribute("zone", properties.zone());
        return "desk/inquiry";
    }

    @GetMapping("/api/v1/staff/inquiries/{code}")
    @ResponseBody
    StaffInquiryView json(@PathVariable String code, Authentication staff, HttpServletRequest request) {
        return staffInquiries.view(code, staff, request.getRemoteAddr());
    }
}
