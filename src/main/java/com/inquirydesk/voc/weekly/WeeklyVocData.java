package com.inquirydesk.voc.weekly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The week's raw material, read with SQL that runs on H2 and MariaDB: survey answers (survey_response belongs
 * to the survey feature, so it is read here rather than through its entity) and the inquiries filed under OTHER.
 * Timestamps are UTC wall time in the tables.
 */
@Repository
public class WeeklyVocData {

    /** A survey answer with what the report shows about it. */
    public record Answer(String inquiryCode, String category, String channel, String agent, int csat, int ces, int nps,
                         String comment, Instant answeredAt) {
    }

    /** An inquiry filed under OTHER: its subject and body are what the clustering reads. */
    public record OtherInquiry(String code, String subject, String body) {
    }

    private final JdbcTemplate jdbc;

    public WeeklyVocData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Answer> answers(Instant from, Instant to) {
        return jdbc.query("SELECT i.code, i.category, i.channel, COALESCE(s.agent, i.assignee) AS agent, s.csat, s.ces,"
                        + " s.nps, s.comment, s.answered_at FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                        + " WHERE s.answered_at >= ? AND s.answered_at < ? ORDER BY s.answered_at, s.id",
                (rs, n) -> new Answer(rs.getString("code"), rs.getString("category"), rs.getString("channel"),
                        rs.getString("agent"), rs.getInt("csat"), rs.getInt("ces"), rs.getInt("nps"),
                        rs.getString("comment"), instant(rs, "answered_at")),
                utc(from), utc(to));
    }

    public List<OtherInquiry> otherInquiries(Instant from, Instant to) {
        return jdbc.query("SELECT code, subject, body FROM inquiry WHERE category = 'OTHER' AND created_at >= ?"
                        + " AND created_at < ? AND status <> 'MERGED' ORDER BY created_at, id",
                (rs, n) -> new OtherInquiry(rs.getString("code"), rs.getString("subject"), rs.getString("body")),
                utc(from), utc(to));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
