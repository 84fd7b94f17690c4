package com.inquirydesk.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the facts of a period with plain SQL that runs unchanged on H2 and MariaDB. Timestamps are stored
 * as UTC wall time (hibernate.jdbc.time_zone), so they are read and bound as UTC {@link LocalDateTime}s,
 * independent of the JVM's time zone. Merged duplicates are left out: their conversation continues in the
 * inquiry they were merged into, which is counted.
 */
@Repository
public class KpiRepository {

    private static final String DIMENSIONS = "i.category, i.channel, i.assignee";

    private final JdbcTemplate jdbc;

    public KpiRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Facts whose event lies in [from, to). */
    public KpiFacts load(Instant from, Instant to) {
        Object[] period = {utc(from), utc(to)};
        List<KpiFacts.Received> received = jdbc.query(
                "SELECT " + DIMENSIONS + ", i.created_at FROM inquiry i"
                        + " WHERE i.created_at >= ? AND i.created_at < ? AND i.status <> 'MERGED'",
                (rs, n) -> new KpiFacts.Received(dimensions(rs, "assignee"), instant(rs, "created_at")), period);
        List<KpiFacts.FirstResponse> firstResponses = jdbc.query(
                "SELECT " + DIMENSIONS + ", i.created_at, i.first_response_at FROM inquiry i"
                        + " WHERE i.first_response_at >= ? AND i.first_response_at < ? AND i.status <> 'MERGED'",
                (rs, n) -> new KpiFacts.FirstResponse(dimensions(rs, "assignee"), instant(rs, "first_response_at"),
                        minutes(instant(rs, "created_at"), instant(rs, "first_response_at"))), period);
        List<KpiFacts.Resolution> resolutions = jdbc.query(
                "SELECT " + DIMENSIONS + ", i.created_at, i.resolved_at, i.reopen_count,"
                        + " (SELECT COUNT(*) FROM inquiry_message m WHERE m.inquiry_id = i.id AND m.direction = 'AGENT')"
                        + " AS agent_answers FROM inquiry i"
                        + " WHERE i.resolved_at >= ? AND i.resolved_at < ? AND i.status <> 'MERGED'",
                (rs, n) -> new KpiFacts.Resolution(dimensions(rs, "assignee"), instant(rs, "resolved_at"),
                        minutes(instant(rs, "created_at"), instant(rs, "resolved_at")), rs.getInt("reopen_count") > 0,
                        rs.getInt("agent_answers")),
                period);
        List<KpiFacts.Closure> closures = jdbc.query(
                "SELECT " + DIMENSIONS + ", i.closed_at, i.close_reason FROM inquiry i"
                        + " WHERE i.closed_at >= ? AND i.closed_at < ? AND i.status = 'CLOSED'",
                (rs, n) -> new KpiFacts.Closure(dimensions(rs, "assignee"), instant(rs, "closed_at"),
                        "SELF_SERVICE".equals(rs.getString("close_reason"))), period);
        // The answer is credited to the agent who resolved the inquiry, even when it moved on since.
        List<KpiFacts.SurveyAnswer> answers = jdbc.query(
                "SELECT i.category, i.channel, COALESCE(s.agent, i.assignee) AS agent, s.answered_at,"
                        + " s.csat, s.ces, s.nps, s.retention, s.product_experience, s.online_experience, s.wait_time,"
                        + " s.expectations_met FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                        + " WHERE s.answered_at >= ? AND s.answered_at < ?",
                (rs, n) -> new KpiFacts.SurveyAnswer(dimensions(rs, "agent"), instant(rs, "answered_at"),
                        rs.getInt("csat"), rs.getInt("ces"), rs.getInt("nps"), rs.getObject("retention", Integer.class),
                        rs.getObject("product_experience", Integer.class), rs.getObject("online_experience", Integer.class),
                        rs.getObject("wait_time", Integer.class), rs.getObject("expectations_met", Integer.class)),
                period);
        List<KpiFacts.SlaOutcome> slaOutcomes = jdbc.query(
                "SELECT " + DIMENSIONS + ", e.occurred_at, e.kind FROM sla_event e JOIN inquiry i ON i.id = e.inquiry_id"
                        + " WHERE e.occurred_at >= ? AND e.occurred_at < ? AND e.kind IN ('MET', 'BREACHED')",
                (rs, n) -> new KpiFacts.SlaOutcome(dimensions(rs, "assignee"), instant(rs, "occurred_at"),
                        "MET".equals(rs.getString("kind"))), period);
        return new KpiFacts(received, firstResponses, resolutions, closures, answers, slaOutcomes);
    }

    /** Display names of the agents, by user id. */
    public Map<String, String> agentNames() {
        return jdbc.query("SELECT user_id, display_name FROM agent_profile", (rs, n) -> Map.entry(
                        rs.getString("user_id"), rs.getString("display_name")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static KpiFacts.Dimensions dimensions(ResultSet rs, String agentColumn) throws SQLException {
        return new KpiFacts.Dimensions(rs.getString("category"), rs.getString("channel"), rs.getString(agentColumn));
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }
}
