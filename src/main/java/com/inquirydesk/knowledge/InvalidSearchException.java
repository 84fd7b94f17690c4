package com.inquirydesk.knowledge;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A search parameter the knowledge base cannot use; the problem names the parameter. */
public class InvalidSearchException extends ApiProblemException {

    public InvalidSearchException(String parameter, String message) {
        super(Problems.withField(Problems.of(HttpStatus.BAD_REQUEST, "validation", "입력값 오류", parameter + ": " + message),
                parameter, message));
    }
}
