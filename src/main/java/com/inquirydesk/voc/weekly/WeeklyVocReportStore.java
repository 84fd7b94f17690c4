package com.inquirydesk.voc.weekly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** weekly_voc_report: one row per week, the whole report as JSON next to what the review decided. */
@Repository
public class WeeklyVocReportStore {

    private final JdbcTemplate jdbc;

    public WeeklyVocReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the week's report; compiling the same week again (a rerun) replaces the earlier report in place. */
    public long save(LocalDate weekStart, LocalDate weekEnd, Instant compiledAt, int answers, int lowScores,
                     String flaggedCategories, String summary, String json) {
        List<Long> existing = jdbc.queryForList("SELECT id FROM weekly_voc_report WHERE week_start = ?", Long.class,
                weekStart);
        if (!existing.isEmpty()) {
            jdbc.update("UPDATE weekly_voc_report SET week_end = ?, compiled_at = ?, answer_count = ?, low_score_count = ?,"
                            + " flagged_categories = ?, summary = ?, report = ? WHERE id = ?",
                    weekEnd, utc(compiledAt), answers, lowScores, flaggedCategories, summary, json, existing.get(0));
            return existing.get(0);
        }
        jdbc.update("INSERT INTO weekly_voc_report (week_start, week_end, compiled_at, answer_count, low_score_count,"
                        + " flagged_categories, summary, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                weekStart, weekEnd, utc(compiledAt), answers, lowScores, flaggedCategories, summary, json);
        // week_start is unique: reading the id back by it is portable where generated-key column names are not.
        return jdbc.queryForObject("SELECT id FROM weekly_voc_report WHERE week_start = ?", Long.class, weekStart);
    }

    public Optional<String> reportJson(long id) {
        return jdbc.queryForList("SELECT report FROM weekly_voc_report WHERE id = ?", String.class, id).stream().findFirst();
    }

    public void recordGuideSelection(long id, String categories, String reviewer, String note, Instant at) {
        jdbc.update("UPDATE weekly_voc_report SET guide_categories = ?, reviewed_by = ?, review_note = ?, reviewed_at = ?"
                + " WHERE id = ?", categories, reviewer, note, utc(at), id);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
