package com.inquirydesk.intake.mail;

/** A mail the service cannot take in by itself; it is quarantined for a person with this reason. */
class UnreadableMailException extends RuntimeException {

    UnreadableMailException(String reason) {
        super(reason);
    }
}
