package com.inquirydesk.system;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A feature's exception that carries its own problem document, so the shared {@link ApiProblemHandler} answers
 * it without knowing the feature. The message is the problem's Korean detail, for pages that show it.
 */
public abstract class ApiProblemException extends ErrorResponseException {

    protected ApiProblemException(HttpStatusCode status, String type, String title, String detail) {
        this(Problems.of(status, type, title, detail));
    }

    protected ApiProblemException(ProblemDetail problem) {
        super(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
