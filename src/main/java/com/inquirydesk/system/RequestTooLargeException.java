package com.inquirydesk.system;

import org.springframework.http.HttpStatus;

public class RequestTooLargeException extends ApiProblemException {

    public RequestTooLargeException(long limit) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "요청이 너무 큽니다",
                "요청 본문은 최대 " + (limit / 1024) + "KiB까지 받을 수 있습니다.");
    }
}
