package com.inquirydesk.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
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
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts the facts of a period in the database, grouped there, with plain SQL that runs unchanged on H2 and
 * MariaDB: only a few rows per group come back, however many inquiries and answers the period holds (response
 * and resolution times come back as histograms of whole seconds). Each fact is counted in the period of its own
 * event (so "resolved this week" means resolved this week, whatever week the inquiry came in). Timestamps are
 * stored as UTC wall time (hibernate.jdbc.time_zone), so they are bound as UTC {@link LocalDateTime}s. Merged
 * duplicates are left out: their conversation continues in the inquiry they were merged into, which is counted.
 */
@Repository
public class KpiRepository {

    private final JdbcTemplate jdbc;

    public KpiRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tallies of the facts whose event lies in [from, to) local days, by group key (category, channel, agent id
     * or the Monday of the week; {@link KpiGrouping#NONE} when the inquiry has none).
     */
    Map<String, KpiTally> tallies(LocalDate from, LocalDate to, ZoneId zone, KpiGrouping groupBy) {
        Period period = new Period(from, to, zone, groupBy);
        Map<String, KpiTally> groups = new HashMap<>();

        period.query(groups, "i.created_at", "i.assignee",
                "FROM inquiry i WHERE i.created_at >= ? AND i.created_at < ? AND i.status <> 'MERGED'",
                "COUNT(*) AS received", "", (t, rs) -> t.received += rs.getLong("received"));
        period.query(groups, "i.first_response_at", "i.assignee",
                "FROM inquiry i WHERE i.first_response_at >= ? AND i.first_response_at < ? AND i.status <> 'MERGED'",
                "secs, COUNT(*) AS n", ", TIMESTAMPDIFF(SECOND, i.created_at, i.first_response_at) AS secs",
                (t, rs) -> t.firstResponseMinutes.merge(rs.getLong("secs") / 60.0, rs.getLong("n"), Long::sum));
        // First contact: never reopened and at most one agent answer (index ix_message_inquiry_direction).
        period.query(groups, "i.resolved_at", "i.assignee",
                "FROM inquiry i WHERE i.resolved_at >= ? AND i.resolved_at < ? AND i.status <> 'MERGED'",
                "secs, COUNT(*) AS n, SUM(reopened) AS reopened, SUM(first_contact) AS first_contact",
                ", TIMESTAMPDIFF(SECOND, i.created_at, i.resolved_at) AS secs,"
                        + " CASE WHEN i.reopen_count > 0 THEN 1 ELSE 0 END AS reopened,"
                        + " CASE WHEN i.reopen_count = 0 AND (SELECT COUNT(*) FROM inquiry_message m"
                        + " WHERE m.inquiry_id = i.id AND m.direction = 'AGENT') <= "
                        + KpiMetrics.AGENT_ANSWERS_AT_FIRST_CONTACT + " THEN 1 ELSE 0 END AS first_contact",
                (t, rs) -> {
                    t.resolutionMinutes.merge(rs.getLong("secs") / 60.0, rs.getLong("n"), Long::sum);
                    t.reopened += rs.getLong("reopened");
                    t.resolvedAtFirstContact += rs.getLong("first_contact");
                });
        period.query(groups, "i.closed_at", "i.assignee",
                "FROM inquiry i WHERE i.closed_at >= ? AND i.closed_at < ? AND i.status = 'CLOSED'",
                "COUNT(*) AS n, SUM(self_service) AS self_service",
                ", CASE WHEN i.close_reason = 'SELF_SERVICE' THEN 1 ELSE 0 END AS self_service",
                (t, rs) -> {
                    t.closures += rs.getLong("n");
                    t.selfService += rs.getLong("self_service");
                });
        // The answer is credited to the agent who resolved the inquiry, even when it moved on since.
        StringBuilder criteriaSums = new StringBuilder();
        StringBuilder criteriaColumns = new StringBuilder();
        for (KpiTally.Criterion c : KpiTally.Criterion.values()) {
            criteriaSums.append(", SUM(").append(c.column).append(") AS sum_").append(c.column)
                    .append(", COUNT(").append(c.column).append(") AS n_").append(c.column);
            criteriaColumns.append(", s.").append(c.column);
        }
        period.query(groups, "s.answered_at", "COALESCE(s.agent, i.assignee)",
                "FROM survey_response s JOIN inquiry i ON i.id = s.inquiry_id"
                        + " WHERE s.answered_at >= ? AND s.answered_at < ?",
                "COUNT(*) AS n, SUM(csat) AS csat, SUM(satisfied) AS satisfied, SUM(ces) AS ces,"
                        + " SUM(promoter) AS promoters, SUM(detractor) AS detractors" + criteriaSums,
                ", s.csat, s.ces, CASE WHEN s.csat >= " + KpiMetrics.SATISFIED_FROM + " THEN 1 ELSE 0 END AS satisfied,"
                        + " CASE WHEN s.nps >= " + KpiMetrics.PROMOTER_FROM + " THEN 1 ELSE 0 END AS promoter,"
                        + " CASE WHEN s.nps <= " + KpiMetrics.DETRACTOR_UP_TO + " THEN 1 ELSE 0 END AS detractor"
                        + criteriaColumns,
                (t, rs) -> {
                    t.answers += rs.getLong("n");
                    t.csatSum += rs.getLong("csat");
                    t.satisfied += rs.getLong("satisfied");
                    t.cesSum += rs.getLong("ces");
                    t.promoters += rs.getLong("promoters");
                    t.detractors += rs.getLong("detractors");
                    for (KpiTally.Criterion c : KpiTally.Criterion.values()) {
                        t.criterionSums[c.ordinal()] += rs.getLong("sum_" + c.column);
                        t.criterionCounts[c.ordinal()] += rs.getLong("n_" + c.column);
                    }
                });
        period.query(groups, "e.occurred_at", "i.assignee",
                "FROM sla_event e JOIN inquiry i ON i.id = e.inquiry_id"
                        + " WHERE e.occurred_at >= ? AND e.occurred_at < ? AND e.kind IN ('MET', 'BREACHED')",
                "COUNT(*) AS n, SUM(met) AS met", ", CASE WHEN e.kind = 'MET' THEN 1 ELSE 0 END AS met",
                (t, rs) -> {
                    t.slaOutcomes += rs.getLong("n");
                    t.slaMet += rs.getLong("met");
                });
        return groups;
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

    private interface RowTally {
        void add(KpiTally tally, ResultSet rs) throws SQLException;
    }

    /** A report period and grouping, turned into SQL: the bounds, and the expression that gives a fact its group. */
    private final class Period {

        private final LocalDateTime start;
        private final LocalDateTime end;
        private final KpiGrouping groupBy;
        /** For weeks: the Monday of each week and the moment the week ends, in order. */
        private final List<Map.Entry<String, LocalDateTime>> weeks = new ArrayList<>();

        Period(LocalDate from, LocalDate to, ZoneId zone, KpiGrouping groupBy) {
            this.start = utc(from.atStartOfDay(zone).toInstant());
            this.end = utc(to.plusDays(1).atStartOfDay(zone).toInstant());
            this.groupBy = groupBy;
            if (groupBy == KpiGrouping.WEEK) {
                for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                     monday = monday.plusWeeks(1)) {
                    weeks.add(Map.entry(monday.toString(), utc(monday.plusWeeks(1).atStartOfDay(zone).toInstant())));
                }
            }
        }

        /**
         * {@code SELECT group, <aggregates> FROM (SELECT <group key> AS grp <columns> <from and where>) GROUP BY grp
         * [, secs]}: the key is computed in the inner query so that both databases group by a plain column.
         */
        void query(Map<String, KpiTally> groups, String timeColumn, String agentColumn, String fromWhere,
                   String aggregates, String columns, RowTally tally) {
            List<Object> parameters = new ArrayList<>();
            String key = key(timeColumn, agentColumn, parameters);
            parameters.add(start);
            parameters.add(end);
            String groupBySecs = aggregates.startsWith("secs") ? ", secs" : "";
            String sql = "SELECT grp, " + aggregates + " FROM (SELECT " + key + " AS grp" + columns + " " + fromWhere
                    + ") facts GROUP BY grp" + groupBySecs;
            jdbc.query(sql, rs -> {
                String group = rs.getString("grp");
                tally.add(groups.computeIfAbsent(group == null ? KpiGrouping.NONE : group, g -> new KpiTally()), rs);
            }, parameters.toArray());
        }

        private String key(String timeColumn, String agentColumn, List<Object> parameters) {
            return switch (groupBy) {
                case CATEGORY -> "i.category";
                case CHANNEL -> "i.channel";
                case AGENT -> agentColumn;
                case WEEK -> {
                    // Week keys are dates we generated ourselves; only the bounds are parameters.
                    StringBuilder cases = new StringBuilder("CASE");
                    for (Map.Entry<String, LocalDateTime> week : weeks) {
                        cases.append(" WHEN ").append(timeColumn).append(" < ? THEN '").append(week.getKey()).append('\'');
                        parameters.add(week.getValue());
                    }
                    yield cases.append(" END").toString();
                }
            };
        }
    }
}
