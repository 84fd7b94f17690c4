package com.inquirydesk.inquiry;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The customer tried to continue an inquiry that has ended. */
public class InquiryClosedException extends ApiProblemException {

    public InquiryClosedException(String code) {
        super(HttpStatus.CONFLICT, "inquiry-closed", "종료된 문의입니다",
                "문의 " + code + "은(는) 이미 종료되었습니다. 새 문의를 남겨 주시면 이어서 도와드리겠습니다.");
    }
}
