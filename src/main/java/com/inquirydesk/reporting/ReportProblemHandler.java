package com.inquirydesk.reporting;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problems of the report endpoints, in the shape of the shared ApiProblemHandler (Korean title, the offending
 * parameter in {@code errors[].field}). Ordered first so these exceptions never fall through to its catch-all.
 */
@RestControllerAdvice(basePackages = {"com.inquirydesk.reporting", "com.inquirydesk.voc.weekly"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportProblemHandler {

    private static final String TYPE_BASE = "https://inquiry-desk.example/problems/";

    @ExceptionHandler(InvalidReportParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidReportParameterException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ex.parameter() + ": " + ex.getMessage());
        problem.setType(URI.create(TYPE_BASE + "validation"));
        problem.setTitle("입력값 오류");
        problem.setProperty("errors", List.of(Map.of("field", ex.parameter(), "message", ex.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ReportNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ReportNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(URI.create(TYPE_BASE + "report-not-found"));
        problem.setTitle("리포트를 찾을 수 없습니다");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
