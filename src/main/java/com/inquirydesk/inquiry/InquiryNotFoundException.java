package com.inquirydesk.inquiry;

public class InquiryNotFoundException extends RuntimeException {

    public InquiryNotFoundException(String code) {
        super("문의 " + code + "을(를) 찾을 수 없습니다.");
    }
}
