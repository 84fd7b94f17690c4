package com.inquirydesk.desk;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A query parameter or body field of a staff endpoint is missing or wrong: 400 naming it, in Korean. */
class InvalidStaffParameterException extends ApiProblemException {

    InvalidStaffParameterException(String field, String message) {
        super(Problems.withField(Problems.of(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", field + ": " + message),
                field, message));
    }
}
