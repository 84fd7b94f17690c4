package com.inquirydesk.reporting;

/** A query parameter of a report is missing or wrong; {@link ReportProblemHandler} answers 400 naming it. */
public class InvalidReportParameterException extends RuntimeException {

    private final String parameter;

    public InvalidReportParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
