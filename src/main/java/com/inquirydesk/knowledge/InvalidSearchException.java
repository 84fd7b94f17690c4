package com.inquirydesk.knowledge;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A search parameter the knowledge base cannot use; the problem names the parameter. */
public class InvalidSearchException extends ErrorResponseException {

    public InvalidSearchException(String parameter, String message) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, message), null);
    }

    private static ProblemDetail problem(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + message);
        problem.setType(URI.create("https://inquiry-desk.example/problems/validation"));
        problem.setTitle("입력값 오류");
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return problem;
    }
}
