package com.inquirydesk.intake;

/** The same Idempotency-Key came with a different request: replaying the first answer would be wrong. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException() {
        super("이 Idempotency-Key는 다른 내용의 문의에 이미 사용되었습니다. 새 문의에는 새 키를 사용해 주세요.");
    }
}
