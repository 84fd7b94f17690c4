package com.inquirydesk.knowledge;

import com.inquirydesk.system.TimeSource;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guide text on its way from the guide form to the knowledge base. The form's text never becomes a
 * process variable (engine strings hold 4,000 characters); the completion carries {@link #DRAFT_ID}.
 */
@Service
public class GuideDrafts {

    /** Process variable that replaces the form's {@code articleBody} on completion. */
    public static final String DRAFT_ID = "articleDraftId";

    private final JdbcTemplate jdbc;
    private final TimeSource time;

    public GuideDrafts(JdbcTemplate jdbc, TimeSource time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @Transactional
    public long store(String taskId, String body, String author) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO guide_draft (task_id, body, created_by, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, taskId);
            insert.setString(2, body);
            insert.setString(3, author);
            insert.setTimestamp(4, Timestamp.from(time.now()));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** The text stored for the given task's completion; a draft of another task is not handed out. */
    @Transactional(readOnly = true)
    public String body(long draftId, String taskId) {
        return jdbc.queryForObject("SELECT body FROM guide_draft WHERE id = ? AND task_id = ?", String.class,
                draftId, taskId);
    }
}
