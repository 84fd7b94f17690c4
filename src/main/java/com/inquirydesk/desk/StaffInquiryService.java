package com.inquirydesk.desk;

import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerService;
import com.inquirydesk.customer.PossibleSameCustomers;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryNotFoundException;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.inquiry.InquiryService;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StaffInquiryService {

    private final InquiryService inquiries;
    private final InquiryRepository inquiryRepository;
    private final CustomerService customers;
    private final AuditService audit;
    private final AccessLog accessLog;
    private final StaffInquiryAccess access;
    private final PossibleSameCustomers possiblySame;

    public StaffInquiryService(InquiryService inquiries, InquiryRepository inquiryRepository, CustomerService customers,
                               AuditService audit, AccessLog accessLog, StaffInquiryAccess access,
                               PossibleSameCustomers possiblySame) {
        this.possiblySame = possiblySame;
        this.inquiries = inquiries;
        this.inquiryRepository = inquiryRepository;
        this.customers = customers;
        this.audit = audit;
        this.accessLog = accessLog;
        this.access = access;
    }

    /**
     * Every staff read of customer data leaves an audit event. An inquiry the reader may not open answers
     * exactly like one that does not exist, so codes cannot be probed; the refusal's audit event is kept.
     */
    @Transactional(noRollbackFor = InquiryNotFoundException.class)
    public StaffInquiryView view(String code, Authentication staff, String sourceAddress) {
        String staffUser = staff.getName();
        Inquiry inquiry = inquiries.getByCode(code);
        if (!access.mayRead(staff, inquiry)) {
            audit.record(staffUser, sourceAddress, "READ_REFUSED", inquiry.getCustomerId(), "inquiry", code, null);
            throw new InquiryNotFoundException(code);
        }
        Customer customer = customers.get(inquiry.getCustomerId());
        audit.record(staffUser, sourceAddress, "READ", customer.getId(), "inquiry", code, null);
        accessLog.record(staffUser, sourceAddress, AccessAction.READ, customer.getId(), "inquiry " + code, AccessVia.DESK);
        List<PossibleSameCustomers.Link> links = possiblySame.forInquiry(inquiry.getId());
        // The possible match's name is customer data of its own: its read is recorded too.
        links.stream().map(PossibleSameCustomers.Link::candidateId).distinct().forEach(candidate -> accessLog.record(
                staffUser, sourceAddress, AccessAction.READ, candidate, "possibly the same customer as inquiry " + code,
                AccessVia.DESK));
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
                        .toList(),
                links.stream().map(link -> new StaffInquiryView.PossiblySameCustomer(link.candidateId(),
                        link.candidateName(), link.matchedOn(), link.status(), link.customerId())).toList());
    }
}
