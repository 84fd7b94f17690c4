package com.inquirydesk.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * KPIs of a period ({@code from} and {@code to} are whole days in {@code timeZone}, both included): one row per
 * group and a total row over everything.
 */
public record KpiReport(LocalDate from, LocalDate to, String timeZone, String groupBy, List<Row> rows, Row total) {

    /** One group: its key as used in the data (e.g. BILLING, kim, 2026-11-16) and a Korean label. */
    public record Row(String group, String label, KpiValues values) {
    }

    public static final String TOTAL_GROUP = "TOTAL";
    public static final String TOTAL_LABEL = "전체";
}
