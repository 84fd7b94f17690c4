package com.inquirydesk.sla;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryClock;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiry's service-level clocks. A response clock runs only while the company owes an answer
 * (first response, then the next response after each customer reply); the resolution budget pauses
 * while the inquiry waits on the customer. Every outcome is kept as an {@link SlaEvent}.
 */
@Service
public class SlaService implements InquiryClock {

    private final InquiryService inquiries;
    private final ResponseTargets targets;
    private final SlaEventRepository events;
    private final BusinessCalendarService calendars;
    private final TimeSource time;
    private final InquiryDeskProperties.Sla settings;
    private final DueTimeCalculator calculator = new DueTimeCalculator();

    public SlaService(InquiryService inquiries, ResponseTargets targets, SlaEventRepository events,
                      BusinessCalendarService calendars, TimeSource time, InquiryDeskProperties properties) {
        this.inquiries = inquiries;
        this.targets = targets;
        this.events = events;
        this.calendars = calendars;
        this.time = time;
        this.settings = properties.sla();
    }

    /** At triage: targets from DMN slaPolicy, the first-response clock and the resolution budget start at arrival. */
    @Transactional
    public ResponseClock startFirstResponse(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        SlaTargets sla = targets.targets(inquiry.getSlaPolicy(), inquiry.getPriority().name());
        inquiry.setSlaTargets((int) sla.nextResponse().toMinutes(), sla.businessHours());
        Instant start = inquiry.getCreatedAt();
        inquiry.setResolutionDueAt(targets.dueAfter(start, sla.resolution(), sla.businessHours()));
        ResponseClock clock = clock(start, sla.firstResponse(), sla.businessHours());
        inquiry.setFirstResponseDueAt(clock.dueAt());
        inquiry.startResponseClock(SlaMetric.FIRST_RESPONSE.name(), start, clock.dueAt());
        return clock;
    }

    /** The customer wrote again: a fresh next-response clock, and the resolution budget runs again. */
    @Transactional
    public ResponseClock customerReturned(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant now = time.now();
        resumeResolution(inquiry, now);
        ResponseClock clock = clock(now, nextResponseBudget(inquiry), inquiry.isSlaBusinessHours());
        inquiry.startResponseClock(SlaMetric.NEXT_RESPONSE.name(), now, clock.dueAt());
        return clock;
    }

    /**
     * The clock the next respond task runs on: the one still running (its warning at the same share of
     * its budget), or a fresh next-response clock from now when it ran out or stopped. Read from the
     * inquiry, never from process variables, so what a task completion writes cannot move a deadline.
     */
    @Transactional
    public ResponseClock runningClock(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant now = time.now();
        Instant due = inquiry.getResponseDueAt();
        Instant started = inquiry.getResponseStartedAt();
        if (due != null && started != null && due.isAfter(now)) {
            Duration budget = inquiry.isSlaBusinessHours()
                    ? calculator.businessTimeBetween(calendars.defaultCalendar(), started, due)
                    : Duration.between(started, due);
            Duration warning = Duration.ofSeconds(Math.round(budget.toSeconds() * settings.warningShare()));
            return new ResponseClock(due, targets.dueAfter(started, warning, inquiry.isSlaBusinessHours()));
        }
        ResponseClock clock = clock(now, nextResponseBudget(inquiry), inquiry.isSlaBusinessHours());
        inquiry.startResponseClock(SlaMetric.NEXT_RESPONSE.name(), now, clock.dueAt());
        return clock;
    }

    /**
     * The customer asked for a person while we waited on them: the company owes an answer again, due at
     * the time the customer was promised; the resolution budget runs again.
     */
    @Transactional
    public ResponseClock personRequested(long inquiryId, Instant promisedBy) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant now = time.now();
        resumeResolution(inquiry, now);
        Duration budget = Duration.between(now, promisedBy);
        Duration warning = Duration.ofSeconds(Math.max(0, Math.round(budget.toSeconds() * settings.warningShare())));
        inquiry.startResponseClock(SlaMetric.NEXT_RESPONSE.name(), now, promisedBy);
        return new ResponseClock(promisedBy, now.plus(warning));
    }

    /** An answer reached the customer: the running response clock stops, met or late. */
    @Override
    @Transactional
    public void answered(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        if (inquiry.getResponseDueAt() == null) {
            return;
        }
        Instant now = time.now();
        SlaMetric metric = SlaMetric.valueOf(inquiry.getResponseMetric());
        record(inquiry, metric, now.isAfter(inquiry.getResponseDueAt()) ? SlaEventKind.BREACHED : SlaEventKind.MET,
                inquiry.getResponseDueAt());
        inquiry.stopResponseClock();
    }

    /** Waiting on the customer: the company owes nothing, so the resolution budget pauses. */
    @Override
    @Transactional
    public Instant waitingOnCustomer(long inquiryId) {
        Instant now = time.now();
        inquiries.get(inquiryId).pauseResolution(now);
        return targets.dueAfter(now, settings.reminderAfter(), true);
    }

    @Override
    public Instant autoCloseAfterReminder() {
        return time.now().plus(settings.autoCloseAfter());
    }

    /** Resolution outcome is recorded once the answer resolved it; returns how long a reply may reopen it. */
    @Override
    @Transactional
    public Instant resolved(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant now = time.now();
        if (inquiry.getResolutionDueAt() != null) {
            record(inquiry, SlaMetric.RESOLUTION,
                    now.isAfter(inquiry.getResolutionDueAt()) ? SlaEventKind.BREACHED : SlaEventKind.MET,
                    inquiry.getResolutionDueAt());
        }
        return now.plus(settings.reopenWindow());
    }

    /** The warning timer fired; false when the clock already stopped (nothing to warn about). */
    @Transactional
    public boolean warn(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        if (inquiry.getResponseDueAt() == null) {
            return false;
        }
        return record(inquiry, SlaMetric.valueOf(inquiry.getResponseMetric()), SlaEventKind.WARNED,
                inquiry.getResponseDueAt());
    }

    /** The breach timer fired: recorded once, and the inquiry moves up one priority step. */
    @Transactional
    public Priority breach(long inquiryId) {
        Inquiry inquiry = inquiries.get(inquiryId);
        if (inquiry.getResponseDueAt() != null) {
            record(inquiry, SlaMetric.valueOf(inquiry.getResponseMetric()), SlaEventKind.BREACHED,
                    inquiry.getResponseDueAt());
        }
        Priority raised = raise(inquiry.getPriority());
        inquiry.raisePriority(raised);
        return raised;
    }

    private void resumeResolution(Inquiry inquiry, Instant now) {
        if (inquiry.getResolutionPausedAt() != null && inquiry.getResolutionDueAt() != null) {
            Duration left = inquiry.isSlaBusinessHours()
                    ? calculator.businessTimeBetween(calendars.defaultCalendar(), inquiry.getResolutionPausedAt(),
                            inquiry.getResolutionDueAt())
                    : Duration.between(inquiry.getResolutionPausedAt(), inquiry.getResolutionDueAt());
            inquiry.resumeResolution(targets.dueAfter(now, left.isNegative() ? Duration.ZERO : left,
                    inquiry.isSlaBusinessHours()));
        }
    }

    private static Duration nextResponseBudget(Inquiry inquiry) {
        return Duration.ofMinutes(inquiry.getNextResponseMinutes() == null ? 240 : inquiry.getNextResponseMinutes());
    }

    static Priority raise(Priority priority) {
        return switch (priority) {
            case LOW -> Priority.NORMAL;
            case NORMAL -> Priority.HIGH;
            case HIGH, URGENT -> Priority.URGENT;
        };
    }

    private ResponseClock clock(Instant start, Duration budget, boolean businessHours) {
        Duration warning = Duration.ofSeconds(Math.round(budget.toSeconds() * settings.warningShare()));
        return new ResponseClock(targets.dueAfter(start, budget, businessHours),
                targets.dueAfter(start, warning, businessHours));
    }

    private boolean record(Inquiry inquiry, SlaMetric metric, SlaEventKind kind, Instant due) {
        if (events.existsByInquiryIdAndMetricAndKindAndDueAt(inquiry.getId(), metric, kind, due)) {
            return false;
        }
        events.save(new SlaEvent(inquiry.getId(), metric, kind, due, time.now()));
        return true;
    }
}
