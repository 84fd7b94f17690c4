package com.inquirydesk.sla;

import java.time.Instant;

/** A running response clock: when the answer is due and when to warn (80 % of the way). */
public record ResponseClock(Instant dueAt, Instant warnAt) {
}
