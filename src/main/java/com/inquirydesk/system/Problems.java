package com.inquirydesk.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one way the service builds RFC 9457 problem documents: a type under one base address, a Korean title
 * and detail, and for bad input the offending field in {@code errors[].field}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://inquiry-desk.example/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** A problem naming one offending field (request body field, parameter or header). */
    public static ProblemDetail withField(ProblemDetail problem, String field, String message) {
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
