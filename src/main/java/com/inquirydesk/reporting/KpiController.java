package com.inquirydesk.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff KPI report (login required, see SecurityConfig). Parameters arrive as text and are checked here so
 * that every mistake gets a Korean problem naming the parameter, rather than the framework's English one.
 */
@RestController
@RequestMapping("/api/v1/reports")
class KpiController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final KpiService kpis;

    KpiController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/kpis")
    ResponseEntity<?> kpis(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String groupBy,
                           @RequestParam(required = false) String format) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw new InvalidReportParameterException("from", "시작일(from)이 종료일(to)보다 늦습니다");
        }
        if (end.isAfter(start.plusYears(1))) {
            throw new InvalidReportParameterException("to", "한 번에 조회할 수 있는 기간은 최대 1년입니다");
        }
        KpiGrouping grouping = groupBy == null || groupBy.isBlank() ? KpiGrouping.CATEGORY
                : KpiGrouping.parse(groupBy).orElseThrow(() -> new InvalidReportParameterException("groupBy",
                        "허용되지 않는 값입니다. 가능한 값: " + Arrays.stream(KpiGrouping.values())
                                .map(KpiGrouping::parameter).collect(Collectors.joining(", "))));
        boolean csv;
        if (format == null || format.isBlank() || format.equals("json")) {
            csv = false;
        } else if (format.equals("csv")) {
            csv = true;
        } else {
            throw new InvalidReportParameterException("format", "허용되지 않는 값입니다. 가능한 값: json, csv");
        }
        KpiReport report = kpis.report(start, end, grouping);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        String filename = "kpis-%s-%s-%s.csv".formatted(start, end, grouping.parameter());
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(KpiCsvWriter.write(report));
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidReportParameterException(parameter, "필수 값입니다 (형식: YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidReportParameterException(parameter, "날짜 형식이 올바르지 않습니다 (형식: YYYY-MM-DD)");
        }
    }
}
