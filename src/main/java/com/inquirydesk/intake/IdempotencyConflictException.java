package com.inquirydesk.intake;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** The same Idempotency-Key came with a different request: replaying the first answer would be wrong. */
public class IdempotencyConflictException extends ApiProblemException {

    private static final String DETAIL = "이 Idempotency-Key는 다른 내용의 문의에 이미 사용되었습니다. 새 문의에는 새 키를 사용해 주세요.";

    public IdempotencyConflictException() {
        super(Problems.withField(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key 재사용", DETAIL), "Idempotency-Key", DETAIL));
    }
}
