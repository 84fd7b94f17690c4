package com.inquirydesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pausing and resuming a response clock on the Korean business calendar (Mon–Fri 09:00–18:00, 25 Dec off). */
class ResponseClockPausesTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final BusinessCalendar CALENDAR = BusinessCalendar.weekdays("TEST", SEOUL, LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 12, 25)));

    InquiryService inquiries = mock(InquiryService.class);
    SlaPauseRepository repository = mock(SlaPauseRepository.class);
    ResponseTargets targets = mock(ResponseTargets.class);
    BusinessCalendarService calendars = mock(BusinessCalendarService.class);
    TimeSource time = mock(TimeSource.class);
    DueTimeCalculator calculator = new DueTimeCalculator();
    ResponseClockPauses pauses;
    Inquiry inquiry;
    SlaPause open;

    @BeforeEach
    void setUp() {
        when(calendars.defaultCalendar()).thenReturn(CALENDAR);
        when(targets.dueAfter(any(), any(), anyBoolean())).thenAnswer(call -> (boolean) call.getArgument(2)
                ? calculator.addBusinessTime(CALENDAR, call.getArgument(0), call.getArgument(1))
                : calculator.addWallClock(call.getArgument(0), call.getArgument(1)));
        // The repository keeps the one open pause, as the table would.
        when(repository.save(any())).thenAnswer(call -> open = call.getArgument(0));
        when(repository.findFirstByInquiryIdAndResumedAtIsNullOrderByPausedAtDescIdDesc(anyLong()))
                .thenAnswer(call -> Optional.ofNullable(open).filter(pause -> pause.getResumedAt() == null));
        pauses = new ResponseClockPauses(inquiries, repository, targets, calendars, time,
                new InquiryDeskProperties(null, SEOUL, null, null, null,
                        new InquiryDeskProperties.Sla(Duration.ofHours(18), Duration.ofDays(3), Duration.ofDays(7), 0.8),
                        null));
    }

    @Test
    void threeBusinessHoursLeftAtThePauseAreDueThreeBusinessHoursAfterTheResumeAcrossTheNight() {
        answerOwed(seoul(2026, 12, 1, 10, 0), seoul(2026, 12, 1, 14, 0), true);

        now(seoul(2026, 12, 1, 11, 0));
        SlaPause pause = pauses.pause(1L, SlaPause.PRODUCT_INPUT);

        assertThat(pause.getRemaining()).isEqualTo(Duration.ofHours(3));
        assertThat(pause.getDueAt()).isEqualTo(seoul(2026, 12, 1, 14, 0));
        assertThat(inquiry.getResponseDueAt()).as("nothing owed while paused").isNull();

        now(seoul(2026, 12, 2, 17, 0));
        ResponseClock clock = pauses.resume(1L);

        assertThat(clock.dueAt()).as("1 h on Wednesday, 2 h on Thursday").isEqualTo(seoul(2026, 12, 3, 11, 0));
        assertThat(clock.warnAt()).as("80 %% of the 3 h left").isEqualTo(seoul(2026, 12, 3, 10, 24));
        assertThat(inquiry.getResponseDueAt()).isEqualTo(clock.dueAt());
        assertThat(inquiry.getResponseMetric()).isEqualTo("FIRST_RESPONSE");
        assertThat(pause.getResumedAt()).isEqualTo(seoul(2026, 12, 2, 17, 0));
        assertThat(pause.getResumedDueAt()).isEqualTo(clock.dueAt());
        assertThat(calculator.businessTimeBetween(CALENDAR, pause.getDueAt(), clock.dueAt()))
                .as("the old due moved by exactly the paused business time")
                .isEqualTo(calculator.businessTimeBetween(CALENDAR, pause.getPausedAt(), pause.getResumedAt()));
    }

    @Test
    void resumedClockSkipsTheHolidayAndTheWeekend() {
        answerOwed(seoul(2026, 12, 24, 13, 0), seoul(2026, 12, 24, 17, 0), true);
        now(seoul(2026, 12, 24, 15, 0));
        pauses.pause(1L, SlaPause.PRODUCT_INPUT);

        now(seoul(2026, 12, 24, 17, 30));
        ResponseClock clock = pauses.resume(1L);

        assertThat(clock.dueAt()).as("30 min on Thursday, Christmas and the weekend off, 1 h 30 on Monday")
                .isEqualTo(seoul(2026, 12, 28, 10, 30));
    }

    @Test
    void roundTheClockPolicyResumesInWallClockTime() {
        answerOwed(seoul(2026, 12, 5, 22, 0), seoul(2026, 12, 5, 23, 0), false);
        now(seoul(2026, 12, 5, 22, 20));
        pauses.pause(1L, SlaPause.PRODUCT_INPUT);

        now(seoul(2026, 12, 6, 3, 0));

        assertThat(pauses.resume(1L).dueAt()).isEqualTo(seoul(2026, 12, 6, 3, 40));
    }

    @Test
    void clockAlreadyOverdueWhenPausedIsNotRestartedByTheResume() {
        answerOwed(seoul(2026, 12, 1, 10, 0), seoul(2026, 12, 1, 14, 0), true);
        now(seoul(2026, 12, 1, 15, 0));
        assertThat(pauses.pause(1L, SlaPause.PRODUCT_INPUT).getRemaining()).isZero();

        now(seoul(2026, 12, 2, 10, 0));

        assertThat(pauses.resume(1L)).as("the next respond step starts a fresh clock").isNull();
        assertThat(inquiry.getResponseDueAt()).isNull();
        assertThat(open.getResumedAt()).isEqualTo(seoul(2026, 12, 2, 10, 0));
    }

    @Test
    void aSecondPauseWhileOnHoldKeepsTheFirstAndAResumeWithoutPauseChangesNothing() {
        assertThat(pauses.resume(1L)).isNull();
        answerOwed(seoul(2026, 12, 1, 10, 0), seoul(2026, 12, 1, 14, 0), true);
        now(seoul(2026, 12, 1, 11, 0));
        SlaPause first = pauses.pause(1L, SlaPause.PRODUCT_INPUT);

        now(seoul(2026, 12, 1, 12, 0));

        assertThat(pauses.pause(1L, SlaPause.PRODUCT_INPUT)).isSameAs(first);
        assertThat(first.getRemaining()).isEqualTo(Duration.ofHours(3));
        verify(repository, times(1)).save(any());
    }

    private void answerOwed(Instant since, Instant due, boolean businessHours) {
        inquiry = new Inquiry("INQ-20261201-000001", 5L, Channel.APP, Category.GENERAL, "문의", "본문", "ko", since);
        inquiry.applyTriage(Priority.NORMAL, businessHours ? "STANDARD" : "VIP");
        inquiry.setSlaTargets(240, businessHours);
        inquiry.startResponseClock(SlaMetric.FIRST_RESPONSE.name(), since, due);
        when(inquiries.get(1L)).thenReturn(inquiry);
    }

    private void now(Instant at) {
        when(time.now()).thenReturn(at);
    }

    private static Instant seoul(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
    }
}
