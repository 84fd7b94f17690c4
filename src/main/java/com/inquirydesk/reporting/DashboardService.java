package com.inquirydesk.reporting;

import com.inquirydesk.security.SupportGroups;
import com.inquirydesk.system.EngineAuthorization;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live part of the supervisor dashboard, computed with SQL aggregates on H2 and MariaDB alike, plus the
 * weekly trend from {@link KpiService} (the same figures as {@code /api/v1/reports/kpis?groupBy=week}).
 * Timestamps are stored as UTC wall time and bound as such.
 */
@Service
public class DashboardService {

    /** As Tasklist's "SLA at risk" filter: an answer due within the hour is at risk. */
    static final Duration AT_RISK_WITHIN = Duration.ofHours(1);
    /** Weeks of trend, this one included. */
    static final int TREND_WEEKS = 8;
    static final int SLA_ITEMS = 20;

    private static final String ACTIVE = "('RECEIVED', 'OPEN', 'ON_HOLD', 'WAITING_CUSTOMER')";

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final KpiService kpis;
    private final TimeSource time;
    private final ZoneId zone;

    public DashboardService(JdbcTemplate jdbc, TaskService tasks, KpiService kpis, TimeSource time,
                            InquiryDeskProperties properties) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.kpis = kpis;
        this.time = time;
        this.zone = properties.zone();
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        Instant now = time.now();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Dashboard(now, zone.getId(), queue(), sla(now), agents(), figures(today, today),
                figures(monday, today), kpis.report(monday.minusWeeks(TREND_WEEKS - 1), today, KpiGrouping.WEEK));
    }

    private List<Dashboard.GroupQueue> queue() {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Integer> unassigned = new HashMap<>();
        jdbc.query("SELECT candidate_group, status, COUNT(*) AS n, SUM(CASE WHEN assignee IS NULL THEN 1 ELSE 0 END) AS free"
                + " FROM inquiry WHERE status IN " + ACTIVE + " AND candidate_group IS NOT NULL"
                + " GROUP BY candidate_group, status", rs -> {
            String group = rs.getString("candidate_group");
            counts.computeIfAbsent(group, g -> new HashMap<>()).put(rs.getString("status"), rs.getInt("n"));
            unassigned.merge(group, rs.getInt("free"), Integer::sum);
        });
        List<Dashboard.GroupQueue> queue = new ArrayList<>();
        for (SupportGroups.SupportGroup group : SupportGroups.ALL) {
            if (group.agentQueue()) {
                Map<String, Integer> byStatus = counts.getOrDefault(group.id(), Map.of());
                queue.add(new Dashboard.GroupQueue(group.id(), group.name(), byStatus.getOrDefault("RECEIVED", 0),
                        byStatus.getOrDefault("OPEN", 0), byStatus.getOrDefault("ON_HOLD", 0),
                        byStatus.getOrDefault("WAITING_CUSTOMER", 0), unassigned.getOrDefault(group.id(), 0)));
            }
        }
        return queue;
    }

    private Dashboard.SlaWatch sla(Instant now) {
        LocalDateTime nowUtc = utc(now);
        LocalDateTime riskUntil = utc(now.plus(AT_RISK_WITHIN));
        Integer breached = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE status IN " + ACTIVE
                + " AND response_due_at IS NOT NULL AND response_due_at <= ?", Integer.class, nowUtc);
        Integer atRisk = jdbc.queryForObject("SELECT COUNT(*) FROM inquiry WHERE status IN " + ACTIVE
                + " AND response_due_at > ? AND response_due_at <= ?", Integer.class, nowUtc, riskUntil);
        List<Dashboard.SlaItem> items = jdbc.query("SELECT code, candidate_group, assignee, priority, status, response_due_at"
                        + " FROM inquiry WHERE status IN " + ACTIVE + " AND response_due_at IS NOT NULL"
                        + " AND response_due_at <= ? ORDER BY response_due_at DESC, id DESC LIMIT " + SLA_ITEMS,
                (rs, row) -> {
                    Instant due = rs.getObject("response_due_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    return new Dashboard.SlaItem(rs.getString("code"), rs.getString("candidate_group"),
                            rs.getString("assignee"), rs.getString("priority"), rs.getString("status"), due,
                            !due.isAfter(now));
                }, riskUntil);
        return new Dashboard.SlaWatch(atRisk, breached, (int) AT_RISK_WITHIN.toMinutes(), items);
    }

    private List<Dashboard.AgentLoad> agents() {
        List<Dashboard.AgentLoad> agents = jdbc.query("SELECT p.user_id, p.display_name, p.status, p.capacity,"
                        + " (SELECT COUNT(*) FROM inquiry i WHERE i.assignee = p.user_id AND i.status IN ('OPEN', 'ON_HOLD'))"
                        + " AS open_inquiries FROM agent_profile p ORDER BY p.user_id",
                (rs, row) -> new Dashboard.AgentLoad(rs.getString("user_id"), rs.getString("display_name"),
                        rs.getString("status"), rs.getInt("capacity"), rs.getInt("open_inquiries"), 0));
        // Counting tasks is the dashboard's business, whatever the reader may see in Tasklist.
        return EngineAuthorization.asProcess(() -> agents.stream().map(agent -> new Dashboard.AgentLoad(agent.userId(),
                agent.displayName(), agent.status(), agent.capacity(), agent.openInquiries(),
                tasks.createTaskQuery().taskAssignee(agent.userId()).count())).toList());
    }

    private Dashboard.Figures figures(LocalDate from, LocalDate to) {
        LocalDateTime start = utc(from.atStartOfDay(zone).toInstant());
        LocalDateTime end = utc(to.plusDays(1).atStartOfDay(zone).toInstant());
        Integer received = count("SELECT COUNT(*) FROM inquiry WHERE created_at >= ? AND created_at < ?"
                + " AND status <> 'MERGED'", start, end);
        Integer resolved = count("SELECT COUNT(*) FROM inquiry WHERE resolved_at >= ? AND resolved_at < ?", start, end);
        Integer selfServed = count("SELECT COUNT(*) FROM inquiry WHERE closed_at >= ? AND closed_at < ?"
                + " AND close_reason = 'SELF_SERVICE'", start, end);
        Integer breaches = count("SELECT COUNT(*) FROM sla_event WHERE kind = 'BREACHED' AND occurred_at >= ?"
                + " AND occurred_at < ?", start, end);
        Map<String, Object> surveys = jdbc.queryForMap("SELECT COUNT(*) AS answers, AVG(CAST(csat AS DECIMAL(10, 4)))"
                + " AS csat FROM survey_response WHERE answered_at >= ? AND answered_at < ?", start, end);
        Object csat = surveys.get("csat");
        return new Dashboard.Figures(from, to, received, resolved, selfServed, breaches,
                ((Number) surveys.get("answers")).intValue(),
                csat == null ? null : BigDecimal.valueOf(((Number) csat).doubleValue())
                        .setScale(2, RoundingMode.HALF_UP).doubleValue());
    }

    private Integer count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
