package com.inquirydesk.assignment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code inquiry-desk.agent-request}: within {@code cooldown} of a request that raised the
 * priority and alerted the staff, another request of the same inquiry is answered with the same promise
 * but raises and alerts nothing again.
 */
@ConfigurationProperties("inquiry-desk.agent-request")
public record AgentRequestProperties(@DefaultValue("PT10M") Duration cooldown) {
}
