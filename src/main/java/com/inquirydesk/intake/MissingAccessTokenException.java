package com.inquirydesk.intake;

public class MissingAccessTokenException extends RuntimeException {

    public MissingAccessTokenException() {
        super("문의를 조회하려면 접수 때 받은 접근 토큰을 X-Access-Token 헤더로 보내 주세요.");
    }
}
