package com.inquirydesk.inquiry;

import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues codes INQ-YYYYMMDD-NNNNNN from a per-day counter row. The counter row stays locked until
 * the creating transaction ends, so codes are gap-free per day and unique across nodes.
 */
@Component
public class InquiryCodeGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final InquiryDeskProperties properties;

    public InquiryCodeGenerator(JdbcTemplate jdbc, InquiryDeskProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public String next(Instant at) {
        LocalDate day = at.atZone(properties.zone()).toLocalDate();
        if (jdbc.update("UPDATE inquiry_code_counter SET last_value = last_value + 1 WHERE code_day = ?", day) == 0) {
            try {
                jdbc.update("INSERT INTO inquiry_code_counter (code_day, last_value) VALUES (?, 1)", day);
            } catch (DuplicateKeyException raced) {
                // Another node opened the day first; take the next value from its row.
                jdbc.update("UPDATE inquiry_code_counter SET last_value = last_value + 1 WHERE code_day = ?", day);
            }
        }
        Long value = jdbc.queryForObject("SELECT last_value FROM inquiry_code_counter WHERE code_day = ?", Long.class, day);
        return "INQ-%s-%06d".formatted(DAY.format(day), value);
    }
}
