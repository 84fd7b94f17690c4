package com.inquirydesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * When the customer may expect an answer: the targets of DMN {@code slaPolicy} for the inquiry's
 * SLA policy and priority, counted on the business calendar (or around the clock when the policy says so).
 */
@Service
public class ResponseTargets {

    public static final String DECISION = "slaPolicy";

    private final DecisionService decisions;
    private final BusinessCalendarService calendars;
    private final DueTimeCalculator calculator = new DueTimeCalculator();

    public ResponseTargets(DecisionService decisions, BusinessCalendarService calendars) {
        this.decisions = decisions;
        this.calendars = calendars;
    }

    public SlaTargets targets(String slaPolicy, String priority) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION)
                .variables(Map.of("slaPolicy", slaPolicy == null ? "STANDARD" : slaPolicy,
                        "priority", priority == null ? "NORMAL" : priority))
                .evaluate()
                .getSingleResult();
        return new SlaTargets(minutes(result, "firstResponseMinutes"), minutes(result, "nextResponseMinutes"),
                minutes(result, "resolutionMinutes"), Boolean.TRUE.equals(result.getEntry("businessHours")));
    }

    public Instant dueAfter(Instant start, Duration budget, boolean businessHours) {
        return businessHours
                ? calculator.addBusinessTime(calendars.defaultCalendar(), start, budget)
                : calculator.addWallClock(start, budget);
    }

    private static Duration minutes(DmnDecisionResultEntries result, String name) {
        return Duration.ofMinutes(((Number) result.getEntry(name)).longValue());
    }
}
