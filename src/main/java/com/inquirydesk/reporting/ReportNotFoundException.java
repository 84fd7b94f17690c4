package com.inquirydesk.reporting;

/** A stored report that does not exist was asked for. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String message) {
        super(message);
    }
}
