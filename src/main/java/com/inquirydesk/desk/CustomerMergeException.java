package com.inquirydesk.desk;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A merge of two customer records that cannot be done (or not by this staff member). */
public class CustomerMergeException extends ApiProblemException {

    private CustomerMergeException(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    private CustomerMergeException(HttpStatus status, String type, String title, String field, String detail) {
        super(Problems.withField(Problems.of(status, type, title, detail), field, detail));
    }

    static CustomerMergeException missingFrom() {
        return new CustomerMergeException(HttpStatus.BAD_REQUEST, "invalid-merge", "병합 요청이 올바르지 않습니다", "from",
                "from: 합칠 다른 고객 번호가 필요합니다");
    }

    static CustomerMergeException sameRecord() {
        return new CustomerMergeException(HttpStatus.BAD_REQUEST, "invalid-merge", "병합 요청이 올바르지 않습니다", "from",
                "from: 같은 고객 기록끼리는 합칠 수 없습니다");
    }

    static CustomerMergeException unknown(long id) {
        return new CustomerMergeException(HttpStatus.NOT_FOUND, "customer-not-found", "고객을 찾을 수 없습니다",
                "고객 " + id + "을(를) 찾을 수 없습니다.");
    }

    static CustomerMergeException alreadyMerged(long id, long into) {
        return new CustomerMergeException(HttpStatus.CONFLICT, "customer-already-merged", "이미 합쳐진 고객입니다",
                "고객 " + id + "은(는) 이미 고객 " + into + "에 합쳐졌습니다.");
    }

    static CustomerMergeException notAllowed() {
        return new CustomerMergeException(HttpStatus.FORBIDDEN, "merge-not-allowed", "병합 권한이 없습니다",
                "상담원은 담당 문의에 '같은 고객일 수 있음'으로 표시된 두 고객만 합칠 수 있습니다. 그 밖의 병합은 관리자에게 요청해 주세요.");
    }
}
