package com.inquirydesk.sla;

import com.inquirydesk.system.TimeSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Business calendars as stored in {@code business_calendar}, {@code business_hours} and
 * {@code holiday}. Every SLA computation needs one, and the tables change a few times a year,
 * so a calendar is read once and kept until {@link #reload()}.
 */
@Service
public class BusinessCalendarService {

    /** Mon–Fri 09:00–18:00 Asia/Seoul without Korean public holidays, seeded by V3. */
    public static final String DEFAULT_CODE = "KR-STANDARD";

    private static final Logger log = LoggerFactory.getLogger(BusinessCalendarService.class);

    private final CalendarDefinitionRepository calendars;
    private final BusinessHoursRepository businessHours;
    private final HolidayRepository holidays;
    private final TimeSource timeSource;
    private final Map<String, BusinessCalendar> cache = new ConcurrentHashMap<>();

    public BusinessCalendarService(CalendarDefinitionRepository calendars, BusinessHoursRepository businessHours,
                                   HolidayRepository holidays, TimeSource timeSource) {
        this.calendars = calendars;
        this.businessHours = businessHours;
        this.holidays = holidays;
        this.timeSource = timeSource;
    }

    public BusinessCalendar defaultCalendar() {
        return calendar(DEFAULT_CODE);
    }

    public BusinessCalendar calendar(String code) {
        BusinessCalendar cached = cache.get(code);
        if (cached != null) {
            return cached;
        }
        // Two threads may both load on a cold cache; both read the same rows, so either result will do.
        BusinessCalendar loaded = load(code);
        BusinessCalendar raced = cache.putIfAbsent(code, loaded);
        return raced != null ? raced : loaded;
    }

    /** Forgets every loaded calendar, so changed hours or newly entered holidays apply to the next computation. */
    public void reload() {
        cache.clear();
    }

    private BusinessCalendar load(String code) {
        CalendarDefinition definition = calendars.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Business calendar " + code + " does not exist"));
        Map<DayOfWeek, List<BusinessCalendar.OpeningHours>> weekly = new EnumMap<>(DayOfWeek.class);
        for (BusinessHours row : businessHours.findByCalendarId(definition.getId())) {
            weekly.computeIfAbsent(row.getDayOfWeek(), day -> new ArrayList<>())
                    .add(new BusinessCalendar.OpeningHours(row.getOpens(), row.getCloses()));
        }
        Set<LocalDate> days = holidays.findByCalendarIdOrderByHolidayDate(definition.getId()).stream()
                .map(Holiday::getHolidayDate)
                .collect(Collectors.toSet());
        ZoneId zone = ZoneId.of(definition.getZoneId());
        warnIfNextYearHasNoHolidays(code, zone, days);
        return new BusinessCalendar(code, zone, weekly, days);
    }

    // Holidays are entered by hand each year; without next year's, due times silently run through them.
    private void warnIfNextYearHasNoHolidays(String code, ZoneId zone, Set<LocalDate> days) {
        int nextYear = timeSource.now().atZone(zone).getYear() + 1;
        if (days.stream().noneMatch(day -> day.getYear() == nextYear)) {
            log.warn("Business calendar {} has no holidays for {}; enter them in table holiday and reload",
                    code, nextYear);
        }
    }
}
