package com.inquirydesk.audit;

import com.inquirydesk.system.PersonalDataMasker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the auditors' export of a period (days in the service's zone, both ends included) and records that it was taken. */
@Service
class AuditExportService {

    private final JdbcTemplate jdbc;
    private final AccessLog accessLog;

    AuditExportService(JdbcTemplate jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    @Transactional
    AuditExport export(LocalDate from, LocalDate to, ZoneId zone, String staffUser, String sourceAddress) {
        accessLog.record(staffUser, sourceAddress, AccessAction.EXPORT, null, "export " + from + ".." + to, AccessVia.API);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<AuditExport.InquiryRow> inquiries = jdbc.query("""
                SELECT i.code, i.created_at, i.status, i.channel, i.category, i.priority, i.assignee, i.candidate_group,
                       i.customer_id, c.email, c.phone, i.subject, i.closed_at, i.close_reason
                FROM inquiry i JOIN customer c ON c.id = i.customer_id
                WHERE i.created_at >= ? AND i.created_at < ? ORDER BY i.created_at, i.id""",
                (rs, row) -> new AuditExport.InquiryRow(rs.getString("code"), instant(rs, "created_at"),
                        rs.getString("status"), rs.getString("channel"), rs.getString("category"), rs.getString("priority"),
                        rs.getString("assignee"), rs.getString("candidate_group"), rs.getLong("customer_id"),
                        PersonalDataMasker.maskAll(rs.getString("email")), PersonalDataMasker.maskAll(rs.getString("phone")),
                        PersonalDataMasker.maskAll(rs.getString("subject")), instant(rs, "closed_at"),
                        rs.getString("close_reason")),
                utc(start), utc(end));
        List<AuditExport.AccessRow> access = accessLog.search(start, end, null, null, null, Integer.MAX_VALUE).stream()
                .map(AuditExport.AccessRow::of).toList();
        return new AuditExport(from, to, inquiries, access);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
