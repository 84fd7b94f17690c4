package com.inquirydesk.survey;

import com.inquirydesk.system.ApiProblemException;
import com.inquirydesk.system.Problems;
import org.springframework.http.HttpStatus;

/** A survey answer that cannot be taken: none was sent, it was already answered, or it expired. */
public class SurveyNotPendingException extends ApiProblemException {

    public enum Reason { NOT_SENT, ALREADY_ANSWERED, EXPIRED }

    private final Reason reason;

    private SurveyNotPendingException(Reason reason, String message) {
        super(switch (reason) {
            case ALREADY_ANSWERED -> Problems.of(HttpStatus.CONFLICT, "survey-already-answered", "이미 응답한 만족도 조사입니다",
                    message);
            case EXPIRED -> Problems.of(HttpStatus.CONFLICT, "survey-expired", "참여 기간이 지난 만족도 조사입니다", message);
            case NOT_SENT -> Problems.of(HttpStatus.CONFLICT, "survey-not-pending", "참여할 수 있는 만족도 조사가 없습니다",
                    message);
        });
        this.reason = reason;
    }

    static SurveyNotPendingException notSent(String code) {
        return new SurveyNotPendingException(Reason.NOT_SENT,
                "문의 %s에는 지금 참여할 수 있는 만족도 조사가 없습니다.".formatted(code));
    }

    static SurveyNotPendingException alreadyAnswered(String code) {
        return new SurveyNotPendingException(Reason.ALREADY_ANSWERED,
                "문의 %s의 만족도 조사에는 이미 응답하셨습니다. 참여해 주셔서 감사합니다.".formatted(code));
    }

    static SurveyNotPendingException expired(String code) {
        return new SurveyNotPendingException(Reason.EXPIRED,
                "문의 %s의 만족도 조사 참여 기간이 지났습니다.".formatted(code));
    }

    public Reason reason() {
        return reason;
    }
}
