package com.inquirydesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Problem documents written by servlet filters, before any controller (and its advice) is reached. */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_BASE = "https://inquiry-desk.example/problems/";

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getWriter(), problem);
    }

    public static void tooManyRequests(HttpServletResponse response, Duration wait, String detail) throws IOException {
        response.setHeader("Retry-After", Long.toString(KeyedBuckets.retryAfterSeconds(wait)));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "요청이 너무 많습니다", detail);
    }
}
