package com.inquirydesk.intake;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

public class InvalidHeaderException extends ApiProblemException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(Problems.withField(Problems.of(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", header + ": " + message),
                header, header + ": " + message));
        this.header = header;
    }

    public String header() {
        return header;
    }
}
