package com.inquirydesk.system;

public class RequestTooLargeException extends RuntimeException {

    public RequestTooLargeException(long limit) {
        super("요청 본문은 최대 " + (limit / 1024) + "KiB까지 받을 수 있습니다.");
    }
}
