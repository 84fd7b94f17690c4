package com.inquirydesk.audit;

import com.inquirydesk.audit.timeline.InquiryTimeline;
import com.inquirydesk.audit.timeline.TimelineService;
import com.inquirydesk.system.InquiryDeskProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API: an inquiry's timeline, the access register, and the export of a period. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TimelineService timelines;
    private final AccessLog accessLog;
    private final AuditExportService exports;
    private final AuditProperties audit;
    private final InquiryDeskProperties properties;

    AuditController(TimelineService timelines, AccessLog accessLog, AuditExportService exports, AuditProperties audit,
                    InquiryDeskProperties properties) {
        this.timelines = timelines;
        this.accessLog = accessLog;
        this.exports = exports;
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/inquiries/{code}/timeline")
    InquiryTimeline timeline(@PathVariable String code, Principal staff, HttpServletRequest request) {
        return timelines.timeline(code, staff.getName(), request.getRemoteAddr(), AccessVia.API);
    }

    @GetMapping("/access-records")
    List<AuditExport.AccessRow> accessRecords(@RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String account,
                                              @RequestParam(required = false) Long customerId,
                                              @RequestParam(required = false) String action,
                                              Principal staff, HttpServletRequest request) {
        Period period = period(from, to);
        AccessAction wanted = action == null || action.isBlank() ? null : Arrays.stream(AccessAction.values())
                .filter(a -> a.name().equals(action)).findFirst()
                .orElseThrow(() -> new InvalidAuditParameterException("action", "허용되지 않는 값입니다. 가능한 값: "
                        + Arrays.stream(AccessAction.values()).map(Enum::name).collect(Collectors.joining(", "))));
        accessLog.record(staff.getName(), request.getRemoteAddr(), AccessAction.SEARCH, customerId,
                "access-records " + period.from() + ".." + period.to(), AccessVia.API);
        return accessLog.search(period.from().atStartOfDay(properties.zone()).toInstant(),
                        period.to().plusDays(1).atStartOfDay(properties.zone()).toInstant(),
                        blankToNull(account), customerId, wanted, audit.exportLimit()).stream()
                .map(AuditExport.AccessRow::of).toList();
    }

    @GetMapping("/export")
    ResponseEntity<?> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String format, Principal staff,
                             HttpServletRequest request) {
        Period period = period(from, to);
        boolean csv;
        if (format == null || format.isBlank() || format.equals("json")) {
            csv = false;
        } else if (format.equals("csv")) {
            csv = true;
        } else {
            throw new InvalidAuditParameterException("format", "허용되지 않는 값입니다. 가능한 값: csv, json");
        }
        AuditExport export = exports.export(period.from(), period.to(), properties.zone(), staff.getName(),
                request.getRemoteAddr());
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-" + period.from() + "-" + period.to() + ".csv").build().toString())
                .body(AuditCsvWriter.write(export));
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    private static Period period(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw new InvalidAuditParameterException("from", "시작일(from)이 종료일(to)보다 늦습니다");
        }
        if (end.isAfter(start.plusYears(1))) {
            throw new InvalidAuditParameterException("to", "한 번에 내보낼 수 있는 기간은 최대 1년입니다");
        }
        return new Period(start, end);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidAuditParameterException(name, "날짜(YYYY-MM-DD)를 입력해 주세요");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidAuditParameterException(name, "날짜 형식은 YYYY-MM-DD입니다");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
