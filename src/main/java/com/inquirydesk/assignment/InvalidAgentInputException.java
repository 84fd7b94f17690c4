package com.inquirydesk.assignment;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A field of an availability, capacity or skills change is missing or wrong: 400 naming it, in Korean. */
class InvalidAgentInputException extends ApiProblemException {

    InvalidAgentInputException(String field, String message) {
        super(Problems.withField(Problems.of(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", field + ": " + message),
                field, message));
    }
}
