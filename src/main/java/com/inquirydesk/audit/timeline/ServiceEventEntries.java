package com.inquirydesk.audit.timeline;

import com.inquirydesk.system.PersonalDataMasker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's own records of an inquiry: the audit trail, the conversation's messages (who wrote when,
 * through which channel; the text itself stays on the conversation page), notifications queued for
 * delivery, SLA warnings, breaches and met targets, and the access register's reads of this inquiry.
 */
@Component
class ServiceEventEntries {

    private final JdbcTemplate jdbc;

    ServiceEventEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TimelineEntry> of(long inquiryId, String code) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.addAll(jdbc.query("""
                SELECT occurred_at, actor, source_address, action, details FROM audit_event
                WHERE entity_type = 'inquiry' AND entity_id = ? ORDER BY occurred_at, id""",
                (rs, row) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("action"), rs.getString("actor"),
                        rs.getString("action") + (rs.getString("details") == null ? ""
                                : ": " + PersonalDataMasker.maskAll(rs.getString("details"))),
                        "audit_event" + from(rs.getString("source_address")), null), code));
        entries.addAll(jdbc.query("""
                SELECT created_at, direction, channel, author FROM inquiry_message
                WHERE inquiry_id = ? ORDER BY created_at, id""",
                (rs, row) -> new TimelineEntry(instant(rs, "created_at"), "MESSAGE_" + rs.getString("direction"),
                        messageActor(rs), "메시지 " + rs.getString("direction") + " · " + rs.getString("channel"),
                        "inquiry_message", null), inquiryId));
        entries.addAll(jdbc.query("""
                SELECT created_at, channel, recipient, template_code, status, attempts, next_try_at FROM notification_outbox
                WHERE inquiry_id = ? ORDER BY created_at, id""",
                (rs, row) -> new TimelineEntry(instant(rs, "created_at"), "NOTIFICATION", TimelineEntry.SYSTEM,
                        "알림 " + rs.getString("template_code") + " → " + rs.getString("channel") + " "
                                + PersonalDataMasker.maskAll(String.valueOf(rs.getString("recipient"))),
                        "notification_outbox",
                        "status=" + rs.getString("status") + ", attempts=" + rs.getInt("attempts")
                                + ", nextTry=" + instant(rs, "next_try_at")), inquiryId));
        entries.addAll(jdbc.query("""
                SELECT occurred_at, metric, kind, due_at FROM sla_event WHERE inquiry_id = ? ORDER BY occurred_at, id""",
                (rs, row) -> new TimelineEntry(instant(rs, "occurred_at"), "SLA_" + rs.getString("kind"),
                        TimelineEntry.SYSTEM, "SLA " + rs.getString("metric") + " " + rs.getString("kind"), "sla_event",
                        "due=" + instant(rs, "due_at")), inquiryId));
        entries.addAll(jdbc.query("""
                SELECT occurred_at, account, source_address, action, via FROM access_record
                WHERE target IN (?, ?) ORDER BY occurred_at, id""",
                (rs, row) -> new TimelineEntry(instant(rs, "occurred_at"), "ACCESS_" + rs.getString("action"),
                        rs.getString("account"), "열람 기록 " + rs.getString("action") + " · " + rs.getString("via"),
                        "access_record" + from(rs.getString("source_address")), null), "inquiry " + code, "timeline " + code));
        return entries;
    }

    private static String messageActor(ResultSet rs) throws SQLException {
        return switch (rs.getString("direction")) {
            case "CUSTOMER" -> "customer";
            case "SYSTEM" -> TimelineEntry.SYSTEM;
            default -> rs.getString("author") == null ? TimelineEntry.SYSTEM : rs.getString("author");
        };
    }

    private static String from(String address) {
        return address == null ? "" : " · " + address;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
