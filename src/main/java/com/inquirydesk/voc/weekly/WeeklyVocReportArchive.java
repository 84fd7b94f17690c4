package com.inquirydesk.voc.weekly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stored weekly VOC reports as the report page reads them: the latest weeks, and one report whole. */
@Component
class WeeklyVocReportArchive {

    /** One stored week; {@code reviewedBy} is null until a supervisor completed the week's review. */
    record Week(long id, LocalDate weekStart, LocalDate weekEnd, String reviewedBy, String guideCategories,
                String reviewNote) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    WeeklyVocReportArchive(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Week> latest(int weeks) {
        return jdbc.query("SELECT id, week_start, week_end, reviewed_by, guide_categories, review_note"
                        + " FROM weekly_voc_report ORDER BY week_start DESC LIMIT " + weeks,
                (rs, row) -> new Week(rs.getLong("id"), rs.getObject("week_start", LocalDate.class),
                        rs.getObject("week_end", LocalDate.class), rs.getString("reviewed_by"),
                        rs.getString("guide_categories"), rs.getString("review_note")));
    }

    Optional<WeeklyVocReport> report(long id) {
        return jdbc.queryForList("SELECT report FROM weekly_voc_report WHERE id = ?", String.class, id).stream()
                .findFirst().map(this::read);
    }

    private WeeklyVocReport read(String stored) {
        try {
            return json.readValue(stored, WeeklyVocReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored weekly report is not readable", e);
        }
    }
}
