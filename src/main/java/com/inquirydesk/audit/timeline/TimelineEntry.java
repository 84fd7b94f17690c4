package com.inquirydesk.audit.timeline;

import java.time.Instant;
import java.util.Comparator;

/**
 * One step in the life of an inquiry: when, who, what kind of step, what changed, and where it was
 * recorded ({@code origin}: the engine's history or one of the service's own tables, with the element or
 * the source address).
 */
public record TimelineEntry(Instant at, String kind, String actor, String summary, String origin, String details) {

    /** Engine steps that share a millisecond keep the order in which they were collected. */
    static final Comparator<TimelineEntry> BY_TIME = Comparator.comparing(TimelineEntry::at);

    /** The actor of steps that no person took (delegates, timers, the job executor). */
    public static final String SYSTEM = "system";
}
