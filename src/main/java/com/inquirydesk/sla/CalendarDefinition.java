package com.inquirydesk.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code business_calendar}: which time zone the opening hours and holidays are meant in. */
@Entity
@Table(name = "business_calendar")
public class CalendarDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String zoneId;

    protected CalendarDefinition() {
    }

    public CalendarDefinition(String code, String name, String zoneId) {
        this.code = code;
        this.name = name;
        this.zoneId = zoneId;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getZoneId() { return zoneId; }
}
