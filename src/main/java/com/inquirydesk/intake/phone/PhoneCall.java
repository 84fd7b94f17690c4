package com.inquirydesk.intake.phone;

/** A call as the agent logged it on the start form; {@code summary} is what the agent told the caller. */
public record PhoneCall(String phone, String callerName, String category, String subject, String notes,
                        boolean resolvedOnCall, String summary) {
}
