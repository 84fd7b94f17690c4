package com.inquirydesk.audit;

import com.inquirydesk.system.PersonalDataMasker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Inquiries received and access records written in a period, with personal identifiers masked. */
public record AuditExport(LocalDate from, LocalDate to, List<InquiryRow> inquiries, List<AccessRow> accessRecords) {

    public record InquiryRow(String code, Instant createdAt, String status, String channel, String category,
                             String priority, String assignee, String candidateGroup, long customerId,
                             String customerEmail, String customerPhone, String subject, Instant closedAt,
                             String closeReason) {
    }

    public record AccessRow(Instant occurredAt, String account, String sourceAddress, String action,
                            Long customerId, String target, String via) {

        static AccessRow of(AccessRecord record) {
            return new AccessRow(record.getOccurredAt(), record.getAccount(), record.getSourceAddress(),
                    record.getAction().name(), record.getSubjectCustomerId(),
                    PersonalDataMasker.maskAll(record.getTarget()), record.getVia().name());
        }
    }
}
