package com.inquirydesk.security;

import com.inquirydesk.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** Problem documents written by servlet filters, before any controller (and its advice) is reached. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        Problems.write(response, Problems.of(status, type, title, detail));
    }

    public static void tooManyRequests(HttpServletResponse response, Duration wait, String detail) throws IOException {
        response.setHeader("Retry-After", Long.toString(KeyedBuckets.retryAfterSeconds(wait)));
        write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "요청이 너무 많습니다", detail);
    }
}
