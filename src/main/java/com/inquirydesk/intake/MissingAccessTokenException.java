package com.inquirydesk.intake;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

public class MissingAccessTokenException extends ApiProblemException {

    public MissingAccessTokenException() {
        super(Problems.withField(Problems.of(HttpStatus.UNAUTHORIZED, "access-token-required", "접근 토큰이 필요합니다",
                "문의를 조회하려면 접수 때 받은 접근 토큰을 X-Access-Token 헤더로 보내 주세요."), "X-Access-Token", "필수 헤더입니다"));
    }
}
