package com.inquirydesk.reporting;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A query parameter of a report is missing or wrong: 400 naming it. */
public class InvalidReportParameterException extends ApiProblemException {

    private final String parameter;

    public InvalidReportParameterException(String parameter, String message) {
        super(Problems.withField(Problems.of(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", parameter + ": " + message),
                parameter, message));
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
