package com.inquirydesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day off of one business calendar, named as on the Korean wall calendar. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_id")
    private Long calendarId;

    private LocalDate holidayDate;

    private String name;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    protected Holiday() {
    }

    public Holiday(Long calendarId, LocalDate holidayDate, String name, HolidayKind kind) {
        this.calendarId = calendarId;
        this.holidayDate = holidayDate;
        this.name = name;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public Long getCalendarId() { return calendarId; }
    public LocalDate getHolidayDate() { return holidayDate; }
    public String getName() { return name; }
    public HolidayKind getKind() { return kind; }
}
