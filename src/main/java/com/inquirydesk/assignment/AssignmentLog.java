package com.inquirydesk.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every assignment appended as a row of its own. Assignments to the same agent at the same moment insert
 * different rows instead of updating one shared row, so they neither conflict nor deadlock.
 */
@Component
class AssignmentLog {

    private final JdbcClient jdbc;

    AssignmentLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String userId, long inquiryId, Instant at) {
        jdbc.sql("INSERT INTO agent_assignment (user_id, inquiry_id, assigned_at) VALUES (?, ?, ?)")
                .params(userId, inquiryId, Timestamp.from(at))
                .update();
    }

    /** When each of the agents was last given an inquiry; agents never given one are absent. */
    Map<String, Instant> lastAssigned(Collection<String> userIds) {
        Map<String, Instant> last = new HashMap<>();
        if (userIds.isEmpty()) {
            return last;
        }
        jdbc.sql("SELECT user_id, MAX(assigned_at) AS last_at FROM agent_assignment WHERE user_id IN (:users)"
                        + " GROUP BY user_id")
                .param("users", userIds)
                .query((rs, row) -> last.put(rs.getString("user_id"), rs.getTimestamp("last_at").toInstant()))
                .list();
        return last;
    }
}
