package com.inquirydesk.voc.weekly;

import com.inquirydesk.reporting.KpiMetrics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The week's material, read with SQL that runs on H2 and MariaDB: survey answers counted in the database by
 * category, agent and channel, only the low-score answers and the comments as rows (survey_response belongs to the
 * survey feature, so it is read here rather than through its entity), and the inquiries filed under OTHER.
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

    /**
     * The answers of one category × agent × channel combination, counted: sums of CSAT and CES, how many were
     * satisfied (CSAT ≥ {@link KpiMetrics#SATISFIED_FROM}), promoters, detractors, and low scores.
     */
    public record Tally(String category, String agent, String channel, long answers, long csatSum, long satisfied,
                        long cesSum, long promoters, long detractors, long lowScores) {
    }

    /** What the report is made of: the tallies, every low-score answer and every non-blank comment. */
    public record Week(List<Tally> tallies, List<Answer> lowScoreAnswers, List<String> comments) {
    }

    private final JdbcTemplate jdbc;

    public WeeklyVocData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers of [from, to): counted in the database, with only the low ones and the comments as rows. */
    public Week week(Instant from, Instant to, WeeklyVocSettings settings) {
        String low = "(s.csat <= " + settings.lowCsatUpTo() + " OR s.nps <= " + settings.lowNpsUpTo() + ")";
        List<Tally> tallies = jdbc.query("SELECT category, agent, channel, COUNT(*) AS n, SUM(csat) AS csat,"
                        + " SUM(satisfied) AS satisfied, SUM(ces) AS ces, SUM(promoter) AS promoters,"
                        + " SUM(detractor) AS detractors, SUM(low) AS low FROM (SELECT i.category, i.channel,"
                        + " COALESCE(s.agent, i.assignee) AS agent, s.csat, s.ces,"
                        + " CASE WHEN s.csat >= " + KpiMetrics.SATISFIED_FROM + " THEN 1 ELSE 0 END AS satisfied,"
                        + " CASE WHEN s.nps >= " + KpiMetrics.PROMOTER_FROM + " THEN 1 ELSE 0 END AS promoter,"
                        + " CASE WHEN s.nps <= " + KpiMetrics.DETRACTOR_UP_TO + " THEN 1 ELSE 0 END AS detractor,"
                        + " CASE WHEN " + low + " THEN 1 ELSE 0 END AS low"
                        + " FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                        + " WHERE s.answered_at >= ? AND s.answered_at < ?) answers GROUP BY category, agent, channel",
                (rs, n) -> new Tally(rs.getString("category"), rs.getString("agent"), rs.getString("channel"),
                        rs.getLong("n"), rs.getLong("csat"), rs.getLong("satisfied"), rs.getLong("ces"),
                        rs.getLong("promoters"), rs.getLong("detractors"), rs.getLong("low")),
                utc(from), utc(to));
        List<Answer> lowScores = jdbc.query("SELECT i.code, i.category, i.channel, COALESCE(s.agent, i.assignee) AS agent,"
                        + " s.csat, s.ces, s.nps, s.comment, s.answered_at FROM survey_response s JOIN inquiry i"
                        + " ON i.id = s.inquiry_id WHERE s.answered_at >= ? AND s.answered_at < ? AND " + low
                        + " ORDER BY s.answered_at, s.id",
                (rs, n) -> new Answer(rs.getString("code"), rs.getString("category"), rs.getString("channel"),
                        rs.getString("agent"), rs.getInt("csat"), rs.getInt("ces"), rs.getInt("nps"),
                        rs.getString("comment"), instant(rs, "answered_at")),
                utc(from), utc(to));
        List<String> comments = jdbc.queryForList("SELECT s.comment FROM survey_response s WHERE s.answered_at >= ?"
                        + " AND s.answered_at < ? AND s.comment IS NOT NULL ORDER BY s.answered_at, s.id", String.class,
                utc(from), utc(to)).stream().filter(comment -> !comment.isBlank()).toList();
        return new Week(tallies, lowScores, comments);
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
