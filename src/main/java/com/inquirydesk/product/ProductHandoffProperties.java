package com.inquirydesk.product;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code inquiry-desk.product}: how long an untouched triage task waits before the team is reminded. */
@ConfigurationProperties("inquiry-desk.product")
public record ProductHandoffProperties(@DefaultValue("P2D") Duration triageReminderAfter) {
}
