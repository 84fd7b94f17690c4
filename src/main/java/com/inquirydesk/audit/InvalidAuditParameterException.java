package com.inquirydesk.audit;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A query parameter of an audit endpoint is missing or wrong: 400 naming it, in Korean. */
class InvalidAuditParameterException extends ApiProblemException {

    InvalidAuditParameterException(String parameter, String message) {
        super(Problems.withField(Problems.of(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", parameter + ": " + message),
                parameter, message));
    }
}
