package com.inquirydesk.ratelimit;

import com.inquirydesk.system.ApiProblemException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A request over its allowance: 429 with {@code Retry-After}; nothing of it was stored. */
public class TooManyRequestsException extends ApiProblemException {

    private final long retryAfterSeconds;

    TooManyRequestsException(Duration wait, String detail) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "요청이 너무 많습니다", detail);
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        getBody().setProperty("retryAfterSeconds", retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
