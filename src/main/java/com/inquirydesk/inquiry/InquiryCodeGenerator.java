package com.inquirydesk.inquiry;

import com.inquirydesk.system.InquiryDeskProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues codes INQ-YYYYMMDD-NNNNNN from a database sequence. Taking a sequence value locks nothing until
 * the intake transaction ends (the per-day counter row it replaces did, and concurrent intakes queued and
 * deadlocked on it), so codes are unique across nodes but not gap-free: a rolled-back intake leaves a gap.
 */
@Component
public class InquiryCodeGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final long NUMBERS_PER_DAY = 1_000_000;

    private final JdbcTemplate jdbc;
    private final InquiryDeskProperties properties;

    public InquiryCodeGenerator(JdbcTemplate jdbc, InquiryDeskProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public String next(Instant at) {
        LocalDate day = at.atZone(properties.zone()).toLocalDate();
        Long value = jdbc.queryForObject("SELECT NEXT VALUE FOR inquiry_code_seq", Long.class);
        return "INQ-%s-%06d".formatted(DAY.format(day), value % NUMBERS_PER_DAY);
    }
}
