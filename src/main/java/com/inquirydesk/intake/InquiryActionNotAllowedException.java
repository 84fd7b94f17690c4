package com.inquirydesk.intake;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The customer asked for something the inquiry cannot do in its current state. */
public class InquiryActionNotAllowedException extends ApiProblemException {

    private final String continuesIn;

    private InquiryActionNotAllowedException(String message, String continuesIn) {
        super(problem(message, continuesIn));
        this.continuesIn = continuesIn;
    }

    private static ProblemDetail problem(String message, String continuesIn) {
        if (continuesIn == null) {
            return Problems.of(HttpStatus.CONFLICT, "action-not-allowed", "지금은 할 수 없는 요청입니다", message);
        }
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "inquiry-merged", "다른 문의로 합쳐진 문의입니다", message);
        problem.setProperty("continuesIn", continuesIn);
        return problem;
    }

    static InquiryActionNotAllowedException merged(String code, String continuesIn) {
        return new InquiryActionNotAllowedException(("문의 %s은(는) 같은 내용의 문의 %s에 합쳐져 그곳에서 이어서 처리되고 있습니다. "
                + "문의 %s에서 다시 요청해 주세요.").formatted(code, continuesIn, continuesIn), continuesIn);
    }

    /** {@code action} completes "…할 수 없습니다", e.g. "철회". */
    static InquiryActionNotAllowedException alreadyAnswered(String code, String action) {
        return new InquiryActionNotAllowedException(("문의 %s은(는) 이미 답변이 끝난 문의라 %s할 수 없습니다. "
                + "더 궁금하신 점은 이 문의에 답장으로 남겨 주세요.").formatted(code, action), null);
    }

    static InquiryActionNotAllowedException busy(String code) {
        return new InquiryActionNotAllowedException(("문의 %s은(는) 지금 다른 처리가 진행 중이라 요청을 받을 수 없습니다. "
                + "잠시 후 다시 시도해 주세요.").formatted(code), null);
    }

    /** The inquiry this one was merged into, or null. */
    public String continuesIn() {
        return continuesIn;
    }
}
