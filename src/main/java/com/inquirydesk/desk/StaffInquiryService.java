package com.inquirydesk.desk;

import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StaffInquiryService {

    private final InquiryService inquiries;
    private final InquiryRepository inquiryRepository;
    private final CustomerService customers;
    private final AuditService audit;
    private final AccessLog accessLog;

    public StaffInquiryService(InquiryService inquiries, InquiryRepository inquiryRepository, CustomerService customers,
                               AuditService audit, AccessLog accessLog) {
        this.inquiries = inquiries;
        this.inquiryRepository = inquiryRepository;
        this.customers = customers;
        this.audit = audit;
        this.accessLog = accessLog;
    }

    /** Every staff read of customer data leaves an audit event. */
    @Transactional
    public StaffInquiryView view(String code, String staffUser, String sourceAddress) {
        Inquiry inquiry = inquiries.getByCode(code);
        Customer customer = customers.get(inquiry.getCustomerId());
        audit.record(staffUser, sourceAddress, "READ", customer.getId(), "inquiry", code, null);
        accessLog.record(staffUser, sourceAddress, AccessAction.READ, customer.getId(), "inquiry " + code, AccessVia.DESK);
        return new StaffInquiryView(inquiry.getCode(), inquiry.getStatus().name(), inquiry.getChannel().name(),
                inquiry.getCategory() == null ? null : inquiry.getCategory().label(), inquiry.getPriority().name(),
                inquiry.getSubject(), inquiry.getAssignee(), inquiry.getCandidateGroup(), inquiry.isDiscomfort(),
                inquiry.getCreatedAt(), inquiry.getFirstResponseDueAt(),
                new StaffInquiryView.Customer(customer.getId(), customer.getName(), customer.getEmail(),
                        customer.getPhone(), customer.getTier(), customer.getSegment()),
                inquiries.conversation(inquiry.getId()).stream()
                        .map(m -> new StaffInquiryView.Message(m.getDirection().name(), m.getChannel().name(),
                                m.getAuthor(), m.getBody(), m.getCreatedAt()))
                        .toList(),
                inquiryRepository.findByCustomerIdAndIdNotOrderByCreatedAtDesc(customer.getId(), inquiry.getId()).stream()
                        .map(i -> new StaffInquiryView.EarlierInquiry(i.getCode(), i.getSubject(), i.getStatus().name(),
                                i.getCategory() == null ? null : i.getCategory().label(), i.getAssignee(), i.getCreatedAt()))
                        .toList());
    }
}
