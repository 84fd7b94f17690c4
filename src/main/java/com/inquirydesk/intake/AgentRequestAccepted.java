package com.inquirydesk.intake;

import java.time.Instant;

/** Answer to "connect me to an agent": when a person will answer, the same time the conversation quotes. */
public record AgentRequestAccepted(String code, String status, Instant expectedBy, String message) {
}
