package com.inquirydesk.product;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

/** A refused product-feedback request; the problem document goes out as it is built here. */
public class ProductFeedbackException extends ApiProblemException {

    private ProductFeedbackException(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    static ProductFeedbackException notFound(String featureKey) {
        return new ProductFeedbackException(HttpStatus.NOT_FOUND, "product-feedback-not-found",
                "제품 피드백을 찾을 수 없습니다", "기능 키 %s로 넘어온 제품 피드백이 없습니다.".formatted(featureKey));
    }

    static ProductFeedbackException notOpen(ProductFeedback feedback) {
        String detail = feedback.getStatus() == ProductFeedbackStatus.RELEASED
                ? "%s의 수정은 이미 %s 배포로 안내를 마쳤습니다.".formatted(feedback.getFeatureKey(), feedback.getTargetRelease())
                : "%s은(는) 반영하지 않기로 정리된 피드백이라 배포 안내를 보낼 수 없습니다.".formatted(feedback.getFeatureKey());
        return new ProductFeedbackException(HttpStatus.CONFLICT, "product-feedback-closed", "이미 마무리된 제품 피드백입니다",
                detail);
    }

    static ProductFeedbackException notWaiting(String featureKey) {
        return new ProductFeedbackException(HttpStatus.CONFLICT, "product-feedback-busy", "지금은 배포 안내를 받을 수 없습니다",
                "%s의 처리 절차가 배포 소식을 기다리는 단계가 아닙니다. 잠시 후 다시 시도해 주세요.".formatted(featureKey));
    }

    static ProductFeedbackException productTeamOnly() {
        return new ProductFeedbackException(HttpStatus.FORBIDDEN, "product-team-only", "제품팀 전용 기능입니다",
                "수정 배포 완료는 제품팀(product-team)만 알릴 수 있습니다.");
    }
}
