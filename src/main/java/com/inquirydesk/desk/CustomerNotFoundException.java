package com.inquirydesk.desk;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

class CustomerNotFoundException extends ApiProblemException {

    CustomerNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, "customer-not-found", "고객을 찾을 수 없습니다", "고객 " + id + "을(를) 찾을 수 없습니다.");
    }
}
