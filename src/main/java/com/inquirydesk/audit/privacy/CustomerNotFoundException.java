package com.inquirydesk.audit.privacy;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class CustomerNotFoundException extends ErrorResponseException {

    CustomerNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "고객 " + id + "을(를) 찾을 수 없습니다.");
        problem.setType(URI.create("https://inquiry-desk.example/problems/customer-not-found"));
        problem.setTitle("고객을 찾을 수 없습니다");
        return problem;
    }
}
