package com.inquirydesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The clock arithmetic of SlaService on the Korean business calendar (Mon–Fri 09:00–18:00). */
class SlaServiceTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final BusinessCalendar CALENDAR = BusinessCalendar.weekdays("TEST", SEOUL, LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 12, 25)));

    InquiryService inquiries = mock(InquiryService.class);
    ResponseTargets targets = mock(ResponseTargets.class);
    SlaEventRepository events = mock(SlaEventRepository.class);
    BusinessCalendarService calendars = mock(BusinessCalendarService.class);
    TimeSource time = mock(TimeSource.class);
    DueTimeCalculator calculator = new DueTimeCalculator();
    SlaService sla;
    Inquiry inquiry;

    @BeforeEach
    void setUp() {
        when(calendars.defaultCalendar()).thenReturn(CALENDAR);
        when(targets.dueAfter(any(), any(), anyBoolean())).thenAnswer(call -> (boolean) call.getArgument(2)
                ? calculator.addBusinessTime(CALENDAR, call.getArgument(0), call.getArgument(1))
                : calculator.addWallClock(call.getArgument(0), call.getArgument(1)));
        when(targets.targets("STANDARD", "NORMAL")).thenReturn(new SlaTargets(Duration.ofMinutes(240),
                Duration.ofMinutes(240), Duration.ofMinutes(1620), true));
        when(targets.targets("VIP", "NORMAL")).thenReturn(new SlaTargets(Duration.ofMinutes(60),
                Duration.ofMinutes(120), Duration.ofMinutes(1440), false));
        sla = new SlaService(inquiries, targets, events, calendars, time,
                new InquiryDeskProperties(null, SEOUL, null, null, null,
                        new InquiryDeskProperties.Sla(Duration.ofHours(18), Duration.ofDays(3), Duration.ofDays(7), 0.8),
                        null));
    }

    @Test
    void fridayEveningInquiryIsDueOnMondayMorningInBusinessHours() {
        received(seoul(2026, 11, 27, 17, 30), "STANDARD");

        ResponseClock clock = sla.startFirstResponse(1L);

        assertThat(clock.dueAt()).isEqualTo(seoul(2026, 11, 30, 12, 30));
        assertThat(clock.warnAt()).as("80 %% of 4 business hours").isEqualTo(seoul(2026, 11, 30, 11, 42));
        assertThat(inquiry.getFirstResponseDueAt()).isEqualTo(clock.dueAt());
        assertThat(inquiry.getResolutionDueAt()).as("27 business hours").isEqualTo(seoul(2026, 12, 2, 17, 30));
        assertThat(inquiry.getResponseMetric()).isEqualTo("FIRST_RESPONSE");
    }

    @Test
    void vipPolicyCountsAroundTheClock() {
        received(seoul(2026, 11, 28, 23, 0), "VIP");

        ResponseClock clock = sla.startFirstResponse(1L);

        assertThat(clock.dueAt()).isEqualTo(seoul(2026, 11, 29, 0, 0));
        assertThat(clock.warnAt()).isEqualTo(seoul(2026, 11, 28, 23, 48));
    }

    @Test
    void resolutionBudgetPausesWhileWaitingOnTheCustomer() {
        received(seoul(2026, 11, 23, 9, 0), "STANDARD");
        sla.startFirstResponse(1L);
        Instant resolutionDue = inquiry.getResolutionDueAt();
        assertThat(resolutionDue).as("three 9-hour days").isEqualTo(seoul(2026, 11, 25, 18, 0));

        now(seoul(2026, 11, 23, 10, 0));
        Instant reminder = sla.waitingOnCustomer(1L);
        now(seoul(2026, 11, 24, 10, 0));
        ResponseClock next = sla.customerReturned(1L);

        assertThat(reminder).as("two 9-hour business days later").isEqualTo(seoul(2026, 11, 25, 10, 0));
        assertThat(inquiry.getResolutionDueAt()).as("one business day of waiting added").isEqualTo(seoul(2026, 11, 26, 18, 0));
        assertThat(inquiry.getResolutionPausedAt()).isNull();
        assertThat(next.dueAt()).isEqualTo(seoul(2026, 11, 24, 14, 0));
        assertThat(inquiry.getResponseMetric()).isEqualTo("NEXT_RESPONSE");
    }

    @Test
    void anAnswerInTimeIsRecordedAsMetAndStopsTheClock() {
        received(seoul(2026, 11, 23, 9, 0), "STANDARD");
        sla.startFirstResponse(1L);
        now(seoul(2026, 11, 23, 11, 0));

        sla.answered(1L);

        SlaEvent event = savedEvent();
        assertThat(event.getKind()).isEqualTo(SlaEventKind.MET);
        assertThat(event.getMetric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
        assertThat(event.getDueAt()).isEqualTo(seoul(2026, 11, 23, 13, 0));
        assertThat(inquiry.getResponseDueAt()).isNull();
    }

    @Test
    void breachIsRecordedOnceAndRaisesThePriorityOneStep() {
        received(seoul(2026, 11, 23, 9, 0), "STANDARD");
        sla.startFirstResponse(1L);
        now(seoul(2026, 11, 23, 13, 0));

        assertThat(sla.breach(1L)).isEqualTo(Priority.HIGH);
        assertThat(savedEvent().getKind()).isEqualTo(SlaEventKind.BREACHED);
        assertThat(inquiry.getPriority()).isEqualTo(Priority.HIGH);

        when(events.existsByInquiryIdAndMetricAndKindAndDueAt(any(), any(), any(), any())).thenReturn(true);
        assertThat(sla.warn(1L)).as("a retried timer job does not warn twice").isFalse();
    }

    @Test
    void noWarningOnceTheClockHasStopped() {
        received(seoul(2026, 11, 23, 9, 0), "STANDARD");
        sla.startFirstResponse(1L);
        now(seoul(2026, 11, 23, 10, 0));
        sla.answered(1L);

        assertThat(sla.warn(1L)).isFalse();
        verify(events, never()).save(org.mockito.ArgumentMatchers.argThat(e -> e.getKind() == SlaEventKind.WARNED));
    }

    private void received(Instant at, String policy) {
        inquiry = new Inquiry("INQ-20261127-000001", 5L, Channel.WEB, Category.GENERAL, "문의", "본문", "ko", at);
        inquiry.applyTriage(Priority.NORMAL, policy);
        when(inquiries.get(1L)).thenReturn(inquiry);
        now(at);
    }

    private void now(Instant at) {
        when(time.now()).thenReturn(at);
    }

    private SlaEvent savedEvent() {
        ArgumentCaptor<SlaEvent> saved = ArgumentCaptor.forClass(SlaEvent.class);
        verify(events).save(saved.capture());
        return saved.getValue();
    }

    private static Instant seoul(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
    }
}
