package com.inquirydesk.sla;

import java.time.Duration;

/** The targets DMN {@code slaPolicy} sets for one inquiry, and whether they count business hours or 24×7. */
public record SlaTargets(Duration firstResponse, Duration nextResponse, Duration resolution, boolean businessHours) {
}
