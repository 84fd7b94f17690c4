package com.inquirydesk.inquiry;

/** The customer tried to continue an inquiry that has ended. */
public class InquiryClosedException extends RuntimeException {

    public InquiryClosedException(String code) {
        super("문의 " + code + "은(는) 이미 종료되었습니다. 새 문의를 남겨 주시면 이어서 도와드리겠습니다.");
    }
}
