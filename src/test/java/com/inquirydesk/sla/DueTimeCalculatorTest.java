package com.inquirydesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DueTimeCalculatorTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    // The same days off as the V3 seed of KR-STANDARD.
    private static final Set<LocalDate> KOREAN_HOLIDAYS_2026_2027 = Stream.of(
                    "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-03-01", "2026-03-02",
                    "2026-05-05", "2026-05-24", "2026-05-25", "2026-06-03", "2026-06-06", "2026-07-17",
                    "2026-08-15", "2026-08-17", "2026-09-24", "2026-09-25", "2026-09-26", "2026-10-03",
                    "2026-10-05", "2026-10-09", "2026-12-25",
                    "2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-03-01",
                    "2027-05-05", "2027-05-13", "2027-06-06", "2027-07-17", "2027-07-19", "2027-08-15",
                    "2027-08-16", "2027-09-14", "2027-09-15", "2027-09-16", "2027-10-03", "2027-10-04",
                    "2027-10-09", "2027-10-11", "2027-12-25", "2027-12-27")
            .map(LocalDate::parse)
            .collect(Collectors.toSet());

    private static final BusinessCalendar KR_STANDARD = BusinessCalendar.weekdays(
            "KR-STANDARD", SEOUL, LocalTime.of(9, 0), LocalTime.of(18, 0), KOREAN_HOLIDAYS_2026_2027);

    private final DueTimeCalculator calculator = new DueTimeCalculator();

    @Test
    void fridayLateAfternoonContinuesOnMonday() {
        Instant due = calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-27T17:30"), 4 * 60);

        assertThat(due).isEqualTo(seoul("2026-11-30T12:30"));
    }

    @Test
    void christmasDayIsSkipped() {
        Instant due = calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-12-24T16:00"), 4 * 60);

        assertThat(due).isEqualTo(seoul("2026-12-28T11:00"));
    }

    @Test
    void seollalAndItsSubstituteHolidayAreSkipped() {
        Instant due = calculator.addBusinessMinutes(KR_STANDARD, seoul("2027-02-05T17:00"), 2 * 60);

        assertThat(due).isEqualTo(seoul("2027-02-10T10:00"));
    }

    @Test
    void substituteHolidayOnMondayIsSkipped() {
        // 개천절 2026 is a Saturday, so Monday 10-05 is off.
        Instant due = calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-10-02T17:00"), 2 * 60);

        assertThat(due).isEqualTo(seoul("2026-10-06T10:00"));
    }

    @Test
    void chuseokOnSaturdayGivesNoSubstituteHoliday() {
        Instant due = calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-09-23T17:00"), 2 * 60);

        assertThat(due).isEqualTo(seoul("2026-09-28T10:00"));
    }

    @Test
    void startAtNightCountsFromTheNextOpening() {
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-24T22:00"), 60))
                .isEqualTo(seoul("2026-11-25T10:00"));
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-25T07:15"), 30))
                .isEqualTo(seoul("2026-11-25T09:30"));
    }

    @Test
    void startAtTheWeekendCountsFromMondayMorning() {
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-28T10:00"), 60))
                .isEqualTo(seoul("2026-11-30T10:00"));
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-29T23:59"), 9 * 60))
                .isEqualTo(seoul("2026-11-30T18:00"));
    }

    @Test
    void startOnAHolidayCountsFromTheNextBusinessDay() {
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-06-03T11:00"), 90))
                .isEqualTo(seoul("2026-06-04T10:30"));
    }

    @Test
    void budgetRunningOutAtClosingTimeIsDueAtClosingTime() {
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-25T17:00"), 60))
                .isEqualTo(seoul("2026-11-25T18:00"));
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-25T17:00"), 61))
                .isEqualTo(seoul("2026-11-26T09:01"));
    }

    @Test
    void multiDayBudgetCountsWholeBusinessDays() {
        // Three business days of nine hours from Wednesday noon, over the weekend.
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-25T12:00"), 3 * 9 * 60))
                .isEqualTo(seoul("2026-11-30T12:00"));
    }

    @Test
    void secondsOfTheStartAreKept() {
        Instant start = seoul("2026-11-27T17:30").plusSeconds(15);

        assertThat(calculator.addBusinessMinutes(KR_STANDARD, start, 4 * 60))
                .isEqualTo(seoul("2026-11-30T12:30").plusSeconds(15));
    }

    @Test
    void zeroMinutesAreDueAtOnceInAndOutOfHours() {
        Instant inHours = seoul("2026-11-25T10:00");
        Instant saturday = seoul("2026-11-28T10:00");

        assertThat(calculator.addBusinessMinutes(KR_STANDARD, inHours, 0)).isEqualTo(inHours);
        assertThat(calculator.addBusinessMinutes(KR_STANDARD, saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void negativeBudgetIsRejected() {
        assertThatThrownBy(() -> calculator.addBusinessMinutes(KR_STANDARD, seoul("2026-11-25T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void businessMinutesBetweenCountsOnlyOpeningHours() {
        assertThat(calculator.businessMinutesBetween(KR_STANDARD, seoul("2026-11-27T17:30"), seoul("2026-11-30T12:30")))
                .isEqualTo(240);
        assertThat(calculator.businessMinutesBetween(KR_STANDARD, seoul("2027-02-05T17:00"), seoul("2027-02-10T10:00")))
                .isEqualTo(120);
        assertThat(calculator.businessMinutesBetween(KR_STANDARD, seoul("2026-11-28T08:00"), seoul("2026-11-29T20:00")))
                .isZero();
        assertThat(calculator.businessMinutesBetween(KR_STANDARD, seoul("2026-11-25T10:00"), seoul("2026-11-25T10:00")))
                .isZero();
        assertThat(calculator.businessMinutesBetween(KR_STANDARD, seoul("2026-11-30T12:30"), seoul("2026-11-27T17:30")))
                .isEqualTo(-240);
    }

    @Test
    void businessMinutesBetweenUndoesAddBusinessMinutes() {
        List<Instant> starts = List.of(
                seoul("2026-11-27T17:30"), seoul("2026-12-24T16:00"), seoul("2027-02-05T17:00"),
                seoul("2026-11-28T03:00"), seoul("2026-11-25T18:00"), seoul("2026-11-25T09:00"),
                seoul("2026-09-23T12:34").plusSeconds(56), seoul("2026-12-31T17:59"));
        List<Long> budgets = List.of(1L, 30L, 240L, 539L, 540L, 541L, 8 * 60L, 5 * 9 * 60L, 40 * 9 * 60L);

        for (Instant start : starts) {
            for (long minutes : budgets) {
                Instant due = calculator.addBusinessMinutes(KR_STANDARD, start, minutes);
                assertThat(calculator.businessMinutesBetween(KR_STANDARD, start, due))
                        .as("%s + %d min = %s", start, minutes, due)
                        .isEqualTo(minutes);
            }
        }
    }

    @Test
    void pausedClockResumesWithTheMinutesItHadLeft() {
        Instant started = seoul("2026-11-26T16:00");
        Instant paused = seoul("2026-11-27T10:00");
        long used = calculator.businessMinutesBetween(KR_STANDARD, started, paused);
        Instant resumed = seoul("2026-11-30T15:00");

        Instant due = calculator.addBusinessMinutes(KR_STANDARD, resumed, 4 * 60 - used);

        assertThat(used).isEqualTo(180);
        assertThat(due).isEqualTo(seoul("2026-11-30T16:00"));
    }

    @Test
    void roundTheClockPolicyRunsThroughTheWeekend() {
        assertThat(calculator.addWallClock(seoul("2026-11-27T17:30"), Duration.ofHours(8)))
                .isEqualTo(seoul("2026-11-28T01:30"));
        assertThat(calculator.addWallClock(seoul("2026-11-27T20:00"), Duration.ofHours(48)))
                .isEqualTo(seoul("2026-11-29T20:00"));
    }

    @Test
    void lunchBreakIsNotCounted() {
        Map<DayOfWeek, List<BusinessCalendar.OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(
                    new BusinessCalendar.OpeningHours(LocalTime.of(13, 0), LocalTime.of(18, 0)),
                    new BusinessCalendar.OpeningHours(LocalTime.of(9, 0), LocalTime.of(12, 0))));
        }
        BusinessCalendar withLunch = new BusinessCalendar("KR-LUNCH", SEOUL, hours, KOREAN_HOLIDAYS_2026_2027);

        assertThat(calculator.addBusinessMinutes(withLunch, seoul("2026-11-25T11:30"), 60))
                .isEqualTo(seoul("2026-11-25T13:30"));
        assertThat(calculator.addBusinessMinutes(withLunch, seoul("2026-11-25T12:20"), 10))
                .isEqualTo(seoul("2026-11-25T13:10"));
    }

    @Test
    void weekdayHoursStayLocalAcrossTheSpringForwardWeekend() {
        ZoneId newYork = ZoneId.of("America/New_York");
        BusinessCalendar us = BusinessCalendar.weekdays("US-EAST", newYork, LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of());

        // Clocks go forward on Sunday 2026-03-08; Monday still opens at 09:00 local, now UTC-4.
        Instant due = calculator.addBusinessMinutes(us, local("2026-03-06T17:00", newYork), 120);

        assertThat(due).isEqualTo(local("2026-03-09T10:00", newYork));
        assertThat(due).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
    }

    @Test
    void roundTheClockCalendarCountsRealElapsedTimeOnDaylightSavingDays() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Map<DayOfWeek, List<BusinessCalendar.OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(new BusinessCalendar.OpeningHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        BusinessCalendar alwaysOpen = new BusinessCalendar("DE-ALWAYS", berlin, hours, Set.of());

        // Sunday 2026-03-29 has 23 hours, Sunday 2026-10-25 has 25.
        assertThat(calculator.businessMinutesBetween(alwaysOpen,
                local("2026-03-28T12:00", berlin), local("2026-03-29T12:00", berlin)))
                .isEqualTo(23 * 60);
        assertThat(calculator.businessMinutesBetween(alwaysOpen,
                local("2026-10-24T12:00", berlin), local("2026-10-25T12:00", berlin)))
                .isEqualTo(25 * 60);
        assertThat(calculator.addBusinessMinutes(alwaysOpen, local("2026-03-28T12:00", berlin), 24 * 60))
                .isEqualTo(local("2026-03-29T13:00", berlin));
    }

    @Test
    void openingSpanContainingTheSwitchIsAsLongAsItReallyIs() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        BusinessCalendar nightShift = new BusinessCalendar("DE-NIGHT", berlin,
                Map.of(DayOfWeek.SUNDAY, List.of(new BusinessCalendar.OpeningHours(LocalTime.of(1, 0), LocalTime.of(5, 0)))),
                Set.of());

        // 01:00-05:00 on the spring-forward night lasts three hours: 02:00-03:00 does not exist.
        assertThat(calculator.businessMinutesBetween(nightShift,
                local("2026-03-29T00:00", berlin), local("2026-03-29T23:00", berlin)))
                .isEqualTo(3 * 60);
        assertThat(calculator.addBusinessMinutes(nightShift, local("2026-03-29T00:00", berlin), 3 * 60))
                .isEqualTo(local("2026-03-29T05:00", berlin));
    }

    @Test
    void calendarWithoutOpeningHoursIsRejected() {
        assertThatThrownBy(() -> new BusinessCalendar("CLOSED", SEOUL, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlappingOpeningHoursAreRejected() {
        Map<DayOfWeek, List<BusinessCalendar.OpeningHours>> hours = Map.of(DayOfWeek.MONDAY, List.of(
                new BusinessCalendar.OpeningHours(LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new BusinessCalendar.OpeningHours(LocalTime.of(12, 0), LocalTime.of(18, 0))));

        assertThatThrownBy(() -> new BusinessCalendar("OVERLAP", SEOUL, hours, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant seoul(String localDateTime) {
        return local(localDateTime, SEOUL);
    }

    private static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
