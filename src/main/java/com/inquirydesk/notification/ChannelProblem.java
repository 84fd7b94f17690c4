package com.inquirydesk.notification;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused request of the channels (deliveries, chat, messenger webhooks), sent as the problem document built here. */
public class ChannelProblem extends ErrorResponseException {

    private static final String TYPE_BASE = "https://inquiry-desk.example/problems/";

    public ChannelProblem(HttpStatus status, String type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    /** Names the offending field the way the validation problems do. */
    public ChannelProblem withField(String field) {
        getBody().setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", getBody().getDetail())));
        return this;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
