package com.inquirydesk.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a support team is at work: opening hours per weekday, read as local time in {@code zone},
 * minus the holidays. Immutable, so one loaded instance can be shared by every SLA computation.
 */
public record BusinessCalendar(String code, ZoneId zone, Map<DayOfWeek, List<OpeningHours>> weeklyHours,
                               Set<LocalDate> holidays) {

    public BusinessCalendar {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<OpeningHours>> sorted = new EnumMap<>(DayOfWeek.class);
        weeklyHours.forEach((day, hours) -> {
            if (!hours.isEmpty()) {
                sorted.put(day, sortedWithoutOverlap(day, hours));
            }
        });
        if (sorted.isEmpty()) {
            // Every due time would lie beyond the end of time; better to refuse the calendar at once.
            throw new IllegalArgumentException("Calendar " + code + " has no opening hours on any weekday");
        }
        weeklyHours = Map.copyOf(sorted);
        holidays = Set.copyOf(holidays);
    }

    /** The same hours Monday to Friday, closed at weekends. */
    public static BusinessCalendar weekdays(String code, ZoneId zone, LocalTime opens, LocalTime closes,
                                            Set<LocalDate> holidays) {
        Map<DayOfWeek, List<OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                hours.put(day, List.of(new OpeningHours(opens, closes)));
            }
        }
        return new BusinessCalendar(code, zone, hours, holidays);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isBusinessDay(LocalDate date) {
        return !isHoliday(date) && weeklyHours.containsKey(date.getDayOfWeek());
    }

    /**
     * The opening spans of one local date as instants. Going through {@link ZonedDateTime} per day
     * makes a span that contains a daylight-saving change as long as it really is.
     */
    List<Span> openingsOn(LocalDate date) {
        if (!isBusinessDay(date)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        for (OpeningHours hours : weeklyHours.get(date.getDayOfWeek())) {
            Instant start = ZonedDateTime.of(date, hours.opens(), zone).toInstant();
            Instant end = hours.closesAtMidnight()
                    ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(date, hours.closes(), zone).toInstant();
            // A gap can swallow a whole short span (e.g. 02:00-02:30 on a spring-forward night).
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private static List<OpeningHours> sortedWithoutOverlap(DayOfWeek day, List<OpeningHours> hours) {
        List<OpeningHours> sorted = hours.stream().sorted(Comparator.comparing(OpeningHours::opens)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            OpeningHours previous = sorted.get(i - 1);
            if (previous.closesAtMidnight() || sorted.get(i).opens().isBefore(previous.closes())) {
                throw new IllegalArgumentException("Opening hours overlap on " + day + ": " + sorted);
            }
        }
        return sorted;
    }

    /** Local opening and closing time; closing at 00:00 means at the end of the day. */
    public record OpeningHours(LocalTime opens, LocalTime closes) {

        public OpeningHours {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            if (!closes.equals(LocalTime.MIDNIGHT) && !closes.isAfter(opens)) {
                throw new IllegalArgumentException("Closing time " + closes + " is not after opening time " + opens);
            }
        }

        boolean closesAtMidnight() {
            return closes.equals(LocalTime.MIDNIGHT);
        }
    }

    /** A stretch of working time, start inclusive and end exclusive. */
    record Span(Instant start, Instant end) {
    }
}
