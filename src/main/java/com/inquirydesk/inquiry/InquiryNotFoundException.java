package com.inquirydesk.inquiry;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

public class InquiryNotFoundException extends ApiProblemException {

    public InquiryNotFoundException(String code) {
        super(HttpStatus.NOT_FOUND, "inquiry-not-found", "문의를 찾을 수 없습니다", "문의 " + code + "을(를) 찾을 수 없습니다.");
    }
}
