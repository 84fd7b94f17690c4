package com.inquirydesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Due times of SLA clocks. A business clock only runs while the calendar is open: a start out of
 * hours counts from the next opening, and a budget that runs out exactly at closing time is due
 * at closing time, not at the next opening. A 24×7 clock runs on the wall clock.
 */
public final class DueTimeCalculator {

    // Far more closed days in a row than any real calendar has; beyond it the data must be wrong.
    private static final int MAX_CLOSED_DAYS_IN_A_ROW = 366;

    public Instant addBusinessMinutes(BusinessCalendar calendar, Instant start, long minutes) {
        return addBusinessTime(calendar, start, Duration.ofMinutes(minutes));
    }

    /**
     * The moment the budget of working time is used up. A zero budget is due at {@code start}
     * itself, in or out of hours: nothing is left to wait for (e.g. a clock resumed after it ran out).
     */
    public Instant addBusinessTime(BusinessCalendar calendar, Instant start, Duration budget) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(start, "start");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("Budget must not be negative: " + budget);
        }
        if (budget.isZero()) {
            return start;
        }
        Duration remaining = budget;
        LocalDate day = start.atZone(calendar.zone()).toLocalDate();
        int closedDays = 0;
        while (true) {
            boolean open = false;
            for (BusinessCalendar.Span span : calendar.openingsOn(day)) {
                if (!span.end().isAfter(start)) {
                    continue;
                }
                open = true;
                Instant from = span.start().isAfter(start) ? span.start() : start;
                Duration available = Duration.between(from, span.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            closedDays = open ? 0 : closedDays + 1;
            if (closedDays > MAX_CLOSED_DAYS_IN_A_ROW) {
                throw new IllegalStateException("Calendar " + calendar.code() + " has no opening hours after " + day);
            }
            day = day.plusDays(1);
        }
    }

    /** For policies that promise an answer around the clock, weekends and holidays included. */
    public Instant addWallClock(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Duration must not be negative: " + duration);
        }
        return start.plus(duration);
    }

    /**
     * Whole minutes of working time in {@code [from, to)}; what a paused clock has used so far.
     * Negative when {@code to} lies before {@code from}.
     */
    public long businessMinutesBetween(BusinessCalendar calendar, Instant from, Instant to) {
        return businessTimeBetween(calendar, from, to).toMinutes();
    }

    public Duration businessTimeBetween(BusinessCalendar calendar, Instant from, Instant to) {
        Objects.requireNonNull(calendar, "calendar");
        if (to.isBefore(from)) {
            return businessTimeBetween(calendar, to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(calendar.zone()).toLocalDate();
        for (LocalDate day = from.atZone(calendar.zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (BusinessCalendar.Span span : calendar.openingsOn(day)) {
                Instant start = span.start().isAfter(from) ? span.start() : from;
                Instant end = span.end().isBefore(to) ? span.end() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }
}
