package com.inquirydesk.intake;

public class InvalidHeaderException extends RuntimeException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(header + ": " + message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
