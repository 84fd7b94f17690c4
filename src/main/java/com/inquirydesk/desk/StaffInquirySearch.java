package com.inquirydesk.desk;

import com.inquirydesk.audit.AccessAction;
import com.inquirydesk.audit.AccessLog;
import com.inquirydesk.audit.AccessVia;
import com.inquirydesk.inquiry.Category;
import com.inquirydesk.security.StaffRoles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff inquiry list: filters, paging, most urgent or newest first, limited to what the reader may see
 * (supervisors and auditors everything; agents their groups' inquiries and those they were given or wrote in),
 * and every search recorded in the access log.
 *
 * <p>Words of {@code q} are matched with SQL {@code LIKE} on lower-cased text rather than through the Nori index of
 * the knowledge base: a Korean stem is found with whatever particle or ending follows it (환불 in 환불을, 환불해 주세요),
 * an order number or e-mail fragment is found as typed, it runs the same on H2 and MariaDB, and there is no second
 * copy of every conversation to keep in step with erasure and retention. The scan is bounded by the reader's scope
 * and the other filters; Nori's splitting would add little for the short words staff type. What people wrote is
 * searched (customers, agents, notes), not the service's own notices: an acknowledgement repeats article titles and,
 * during a surge, the category's name ("반품·환불"), so 환불 would find every return acknowledged in a busy hour.
 */
@Service
public class StaffInquirySearch {

    private static final String PRIORITY_RANK =
            "CASE i.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END";

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    StaffInquirySearch(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    @Transactional
    public StaffInquiryPage search(StaffInquiryFilter filter, Authentication staff, String sourceAddress, AccessVia via) {
        Set<String> groups = StaffRoles.groupsOf(staff);
        boolean seesAll = StaffInquiryAccess.readsEverything(groups);
        List<String> agentGroups = StaffRoles.AGENTS.stream().filter(groups::contains).toList();
        if (!seesAll && agentGroups.isEmpty()) {
            throw new StaffActionForbiddenException("문의 목록은 상담원, 관리자, 감사 담당만 볼 수 있습니다.");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (!seesAll) {
            where.add("(i.candidate_group IN (:scopeGroups) OR i.assignee = :scopeUser"
                    + " OR EXISTS (SELECT 1 FROM inquiry_message sm WHERE sm.inquiry_id = i.id AND sm.author = :scopeUser))");
            params.put("scopeGroups", agentGroups);
            params.put("scopeUser", staff.getName());
        }
        condition(where, params, "i.status = :status", "status", filter.status() == null ? null : filter.status().name());
        condition(where, params, "i.candidate_group = :group", "group", filter.group());
        if (filter.unassignedOnly()) {
            where.add("i.assignee IS NULL");
        } else {
            condition(where, params, "i.assignee = :assignee", "assignee", filter.assignee());
        }
        condition(where, params, "i.category = :category", "category",
                filter.category() == null ? null : filter.category().name());
        condition(where, params, "i.channel = :channel", "channel", filter.channel() == null ? null : filter.channel().name());
        condition(where, params, "i.customer_id = :customer", "customer", filter.customer());
        for (int n = 0; n < filter.words().size(); n++) {
            String name = "word" + n;
            where.add(("(LOWER(i.subject) LIKE :%1$s ESCAPE '!' OR LOWER(i.body) LIKE :%1$s ESCAPE '!'"
                    + " OR EXISTS (SELECT 1 FROM inquiry_message qm WHERE qm.inquiry_id = i.id AND qm.direction <> 'SYSTEM'"
                    + " AND LOWER(qm.body) LIKE :%1$s ESCAPE '!'))").formatted(name));
            params.put(name, "%" + likeEscaped(filter.words().get(n)) + "%");
        }
        String whereClause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);

        long total = jdbc.sql("SELECT COUNT(*) FROM inquiry i" + whereClause).params(params).query(Long.class).single();
        String order = filter.sort() == StaffInquiryFilter.Sort.created
                ? " ORDER BY i.created_at DESC, i.id DESC"
                : " ORDER BY " + PRIORITY_RANK + ", CASE WHEN i.response_due_at IS NULL THEN 1 ELSE 0 END,"
                        + " i.response_due_at, i.created_at, i.id";
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<StaffInquiryPage.Item> items = jdbc.sql("SELECT i.code, i.status, i.priority, i.channel, i.category,"
                        + " i.subject, i.candidate_group, i.assignee, i.customer_id, c.name AS customer_name, i.discomfort,"
                        + " i.created_at, i.response_due_at FROM inquiry i JOIN customer c ON c.id = i.customer_id"
                        + whereClause + order + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> item(rs))
                .list();
        accessLog.record(staff.getName(), sourceAddress, AccessAction.SEARCH, filter.customer(), filter.describe(), via);
        int totalPages = (int) ((total + filter.size() - 1) / filter.size());
        return new StaffInquiryPage(total, filter.page(), filter.size(), totalPages, items);
    }

    private static void condition(List<String> where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
    }

    /** '!' escapes LIKE's wildcards in both H2 and MariaDB (a backslash means different things in their literals). */
    static String likeEscaped(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static StaffInquiryPage.Item item(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new StaffInquiryPage.Item(rs.getString("code"), rs.getString("status"), rs.getString("priority"),
                rs.getString("channel"), category, category == null ? null : Category.valueOf(category).label(),
                rs.getString("subject"), rs.getString("candidate_group"), rs.getString("assignee"),
                rs.getLong("customer_id"), rs.getString("customer_name"), rs.getBoolean("discomfort"),
                instant(rs, "created_at"), instant(rs, "response_due_at"));
    }

    /** Stored as UTC wall time (hibernate.jdbc.time_zone), whatever the server's zone. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
