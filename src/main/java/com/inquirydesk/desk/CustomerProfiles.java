package com.inquirydesk.desk;

import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.audit.AuditService;
import com.inquirydesk.customer.Customer;
import com.inquirydesk.customer.CustomerRepository;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryRepository;
import com.inquirydesk.security.StaffRoles;
import com.inquirydesk.system.PersonalDataMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer profile: every inquiry of the customer across channels, read by whoever may open at least one of
 * them (supervisors and auditors always), every read audited and in the access log; tier and segment are edited
 * by supervisors only, within {@link CustomerProfileProperties}. A customer the reader may not see answers 404,
 * like one that does not exist.
 */
@Service
public class CustomerProfiles {

    private final CustomerRepository customers;
    private final InquiryRepository inquiries;
    private final StaffInquiryAccess access;
    private final AuditService audit;
    private final AccessLog accessLog;
    private final CustomerProfileProperties vocabulary;

    CustomerProfiles(CustomerRepository customers, InquiryRepository inquiries, StaffInquiryAccess access,
                     AuditService audit, AccessLog accessLog, CustomerProfileProperties vocabulary) {
        this.customers = customers;
        this.inquiries = inquiries;
        this.access = access;
        this.audit = audit;
        this.accessLog = accessLog;
        this.vocabulary = vocabulary;
    }

    public CustomerProfileProperties vocabulary() {
        return vocabulary;
    }

    /** A refused read is audited and stays audited: the refusal does not roll the trace back. */
    @Transactional(noRollbackFor = CustomerNotFoundException.class)
    public CustomerProfileView history(long customerId, Authentication staff, String sourceAddress, AccessVia via) {
        Customer customer = customers.findById(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
        List<Inquiry> all = inquiries.findByCustomerIdAndIdNotOrderByCreatedAtDesc(customerId, -1L);
        Set<String> groups = StaffRoles.groupsOf(staff);
        boolean seesAll = StaffInquiryAccess.readsEverything(groups);
        if (!seesAll && all.stream().noneMatch(inquiry -> access.mayRead(staff, inquiry))) {
            audit.record(staff.getName(), sourceAddress, "READ_REFUSED", customerId, "customer", String.valueOf(customerId), null);
            throw new CustomerNotFoundException(customerId);
        }
        audit.record(staff.getName(), sourceAddress, "READ", customerId, "customer", String.valueOf(customerId), "history");
        accessLog.record(staff.getName(), sourceAddress, AccessAction.READ, customerId, "customer " + customerId + " history", via);
        boolean masked = !works(groups);
        List<String> channels = new ArrayList<>();
        all.forEach(inquiry -> {
            if (!channels.contains(inquiry.getChannel().name())) {
                channels.add(inquiry.getChannel().name());
            }
        });
        return new CustomerProfileView(customer.getId(), customer.getName(),
                masked ? PersonalDataMasker.maskAll(customer.getEmail()) : customer.getEmail(),
                masked ? PersonalDataMasker.maskAll(customer.getPhone()) : customer.getPhone(),
                masked ? mask(customer.getExternalId()) : customer.getExternalId(),
                customer.getTier(), customer.getSegment(), customer.getLocale(), customer.getCreatedAt(), masked, channels,
                all.stream().map(i -> new CustomerProfileView.InquirySummary(i.getCode(), i.getChannel().name(),
                        i.getCategory() == null ? null : i.getCategory().label(), i.getSubject(), i.getStatus().name(),
                        i.getPriority().name(), i.getAssignee(), i.getCreatedAt())).toList());
    }

    /**
     * Changes tier and/or segment (a field left out stays as it is; an empty segment clears it). Supervisors only;
     * the URL rules already refuse everyone else, this keeps the rule with the data.
     */
    @Transactional
    public CustomerProfileView update(long customerId, boolean tierGiven, String tier, boolean segmentGiven, String segment,
                                      Authentication staff, String sourceAddress, AccessVia via) {
        if (!StaffRoles.groupsOf(staff).contains(StaffRoles.SUPERVISORS)) {
            throw new StaffActionForbiddenException("고객 등급과 구분은 관리자만 바꿀 수 있습니다.");
        }
        if (!tierGiven && !segmentGiven) {
            throw new InvalidStaffParameterException("tier", "바꿀 항목(tier 또는 segment)을 하나 이상 보내 주세요.");
        }
        String newTier = tierGiven ? checkedTier(tier) : null;
        String newSegment = segmentGiven ? checkedSegment(segment) : null;
        Customer customer = customers.findById(customerId).orElseThrow(() -> new CustomerNotFoundException(customerId));
        StringBuilder changes = new StringBuilder();
        if (tierGiven && !newTier.equals(customer.getTier())) {
            changes.append("tier ").append(customer.getTier()).append(" -> ").append(newTier).append("; ");
            customer.setTier(newTier);
        }
        if (segmentGiven && !Objects.equals(newSegment, customer.getSegment())) {
            changes.append("segment ").append(customer.getSegment()).append(" -> ").append(newSegment).append("; ");
            customer.setSegment(newSegment);
        }
        customers.saveAndFlush(customer);
        audit.record(staff.getName(), sourceAddress, "CUSTOMER_UPDATED", customerId, "customer", String.valueOf(customerId),
                changes.isEmpty() ? "no change" : changes.toString().strip());
        return history(customerId, staff, sourceAddress, via);
    }

    private String checkedTier(String tier) {
        if (tier == null || !vocabulary.tiers().contains(tier.strip())) {
            throw new InvalidStaffParameterException("tier", "등급은 다음 중 하나여야 합니다: " + String.join(", ", vocabulary.tiers()));
        }
        return tier.strip();
    }

    private String checkedSegment(String segment) {
        if (segment == null || segment.isBlank()) {
            return null;
        }
        if (!vocabulary.segments().contains(segment.strip())) {
            throw new InvalidStaffParameterException("segment",
                    "고객 구분은 다음 중 하나이거나 비워 두어야 합니다: " + String.join(", ", vocabulary.segments()));
        }
        return segment.strip();
    }

    /** Agents and supervisors contact customers; auditors, VOC reviewers and the product team see masked details. */
    private static boolean works(Set<String> groups) {
        return groups.contains(StaffRoles.SUPERVISORS) || StaffRoles.AGENTS.stream().anyMatch(groups::contains);
    }

    private static String mask(String value) {
        if (value == null || value.length() <= 2) {
            return value == null ? null : "**";
        }
        return value.substring(0, 2) + "*".repeat(Math.min(8, value.length() - 2));
    }
}
