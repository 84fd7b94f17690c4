package com.inquirydesk.voc.weekly;

import com.inquirydesk.reporting.ReportNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The full weekly report behind the review form's link (staff login, under /api/v1/reports). */
@RestController
class WeeklyVocReportController {

    private final WeeklyVocReportService reports;

    WeeklyVocReportController(WeeklyVocReportService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/reports/weekly-voc/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> report(@PathVariable long id) {
        return reports.reportJson(id).map(ResponseEntity::ok)
                .orElseThrow(() -> new ReportNotFoundException("주간 VOC 리포트가 없습니다: " + id));
    }
}
