package com.inquirydesk.audit;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The export as CSV for a spreadsheet: an inquiries block, an empty line, an access-records block. */
final class AuditCsvWriter {

    private AuditCsvWriter() {
    }

    static String write(AuditExport export) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "code", "createdAt", "status", "channel", "category", "priority", "assignee", "candidateGroup",
                "customerId", "customerEmail", "customerPhone", "subject", "closedAt", "closeReason");
        for (AuditExport.InquiryRow row : export.inquiries()) {
            line(csv, row.code(), row.createdAt(), row.status(), row.channel(), row.category(), row.priority(),
                    row.assignee(), row.candidateGroup(), row.customerId(), row.customerEmail(), row.customerPhone(),
                    row.subject(), row.closedAt(), row.closeReason());
        }
        csv.append("\r\n");
        line(csv, "occurredAt", "account", "sourceAddress", "action", "customerId", "target", "via");
        for (AuditExport.AccessRow row : export.accessRecords()) {
            line(csv, row.occurredAt(), row.account(), row.sourceAddress(), row.action(), row.customerId(),
                    row.target(), row.via());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Object... values) {
        csv.append(Stream.of(values).map(AuditCsvWriter::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        String text = Objects.toString(value, "");
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

}
