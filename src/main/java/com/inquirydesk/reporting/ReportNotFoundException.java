package com.inquirydesk.reporting;

import com.inquirydesk.system.ApiProblemException;
import org.springframework.http.HttpStatus;

/** A stored report that does not exist was asked for. */
public class ReportNotFoundException extends ApiProblemException {

    public ReportNotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "report-not-found", "리포트를 찾을 수 없습니다", message);
    }
}
