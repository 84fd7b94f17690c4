package com.inquirydesk.sla;

import com.inquirydesk.inquiry.Inquiry;
import com.inquirydesk.inquiry.InquiryService;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses and resumes the response clock while an inquiry is on hold. Paused, the inquiry owes no answer
 * (no due time, no warning or breach, not "at risk"); resumed, the answer is due after the budget that was
 * left, counted in the inquiry's own kind of time (business hours or round the clock). Each pause is kept
 * in {@code sla_pause}.
 */
@Service
public class ResponseClockPauses {

    private final InquiryService inquiries;
    private final SlaPauseRepository pauses;
    private final ResponseTargets targets;
    private final BusinessCalendarService calendars;
    private final TimeSource time;
    private final InquiryDeskProperties.Sla settings;
    private final DueTimeCalculator calculator = new DueTimeCalculator();

    public ResponseClockPauses(InquiryService inquiries, SlaPauseRepository pauses, ResponseTargets targets,
                               BusinessCalendarService calendars, TimeSource time, InquiryDeskProperties properties) {
        this.inquiries = inquiries;
        this.pauses = pauses;
        this.targets = targets;
        this.calendars = calendars;
        this.time = time;
        this.settings = properties.sla();
    }

    /** Stops the running clock and remembers what was left of it; a second pause while one is open changes nothing. */
    @Transactional
    public SlaPause pause(long inquiryId, String reason) {
        var open = pauses.findFirstByInquiryIdAndResumedAtIsNullOrderByPausedAtDescIdDesc(inquiryId);
        if (open.isPresent()) {
            return open.get();
        }
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant now = time.now();
        Instant due = inquiry.getResponseDueAt();
        SlaMetric metric = inquiry.getResponseMetric() == null ? SlaMetric.NEXT_RESPONSE
                : SlaMetric.valueOf(inquiry.getResponseMetric());
        Duration left = due == null || !due.isAfter(now) ? Duration.ZERO : timeBetween(inquiry, now, due);
        inquiry.stopResponseClock();
        return pauses.save(new SlaPause(inquiryId, metric, reason, now, due, left));
    }

    /**
     * Runs the paused clock again from now with the budget that was left. A clock that had already run out
     * when it paused (its breach is on record) is not restarted here: the next respond step starts a fresh one.
     *
     * @return the resumed clock, or null when there was nothing left to resume
     */
    @Transactional
    public ResponseClock resume(long inquiryId) {
        var open = pauses.findFirstByInquiryIdAndResumedAtIsNullOrderByPausedAtDescIdDesc(inquiryId);
        if (open.isEmpty()) {
            return null;
        }
        SlaPause pause = open.get();
        Inquiry inquiry = inquiries.get(inquiryId);
        Instant now = time.now();
        if (pause.getDueAt() == null || pause.getRemaining().isZero()) {
            pause.resumed(now, null);
            return null;
        }
        boolean businessHours = inquiry.isSlaBusinessHours();
        Instant due = targets.dueAfter(now, pause.getRemaining(), businessHours);
        Duration warning = Duration.ofSeconds(Math.round(pause.getRemaining().toSeconds() * settings.warningShare()));
        inquiry.startResponseClock(pause.getMetric().name(), now, due);
        pause.resumed(now, due);
        return new ResponseClock(due, targets.dueAfter(now, warning, businessHours));
    }

    private Duration timeBetween(Inquiry inquiry, Instant from, Instant to) {
        return inquiry.isSlaBusinessHours()
                ? calculator.businessTimeBetween(calendars.defaultCalendar(), from, to)
                : Duration.between(from, to);
    }
}
