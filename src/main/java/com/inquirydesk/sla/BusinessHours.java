package com.inquirydesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** One opening span of a weekday in {@code business_hours}; closes 00:00 means the end of the day. */
@Entity
@Table(name = "business_hours")
public class BusinessHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_id")
    private Long calendarId;

    /** ISO numbering, 1 = Monday. */
    private int dayOfWeek;

    // hibernate.jdbc.time_zone=UTC would otherwise shift a TIME by the JVM's offset on the way in
    // and out, so 09:00 seeded by SQL would read as 18:00 on a server running in Asia/Seoul.
    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime opens;

    @JdbcType(LocalTimeJdbcType.class)
    private LocalTime closes;

    protected BusinessHours() {
    }

    public BusinessHours(Long calendarId, DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
        this.calendarId = calendarId;
        this.dayOfWeek = dayOfWeek.getValue();
        this.opens = opens;
        this.closes = closes;
    }

    public Long getId() { return id; }
    public Long getCalendarId() { return calendarId; }
    public DayOfWeek getDayOfWeek() { return DayOfWeek.of(dayOfWeek); }
    public LocalTime getOpens() { return opens; }
    public LocalTime getCloses() { return closes; }
}
