package com.inquirydesk.desk;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The role may not do this at all (the URL rules let the request through for other roles of the same path). */
class StaffActionForbiddenException extends ApiProblemException {

    StaffActionForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", "권한이 없습니다", detail);
    }
}
