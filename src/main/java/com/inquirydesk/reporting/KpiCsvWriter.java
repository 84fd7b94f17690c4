package com.inquirydesk.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A KPI report as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled). Encoded as UTF-8 with a byte-order mark, without which
 * Excel reads the file as the local ANSI code page and the Korean labels turn into mojibake.
 */
public final class KpiCsvWriter {

    static final String BOM = "\uFEFF";

    static final List<String> HEADER = List.of("그룹", "구분", "접수 문의 수", "설문 응답 수", "CSAT 평균", "CSAT 만족 비율",
            "NPS", "CES 평균", "첫 응답 시간 중앙값(분)", "첫 응답 시간 p90(분)", "해결 시간 중앙값(분)", "해결 시간 p90(분)",
            "SLA 준수율", "셀프서비스 해결 비율", "재문의 비율", "첫 접촉 해결 비율", "재이용 의향 평균", "제품 경험 평균",
            "온라인 경험 평균", "대기 시간 평균", "기대 충족 평균");

    private KpiCsvWriter() {
    }

    public static byte[] write(KpiReport report) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        report.rows().forEach(row -> line(csv, cells(row)));
        line(csv, cells(report.total()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> cells(KpiReport.Row row) {
        KpiValues v = row.values();
        List<String> cells = new ArrayList<>();
        cells.add(text(row.group()));
        cells.add(text(row.label()));
        cells.add(Integer.toString(v.inquiries()));
        cells.add(Integer.toString(v.surveyAnswers()));
        for (Double value : List.of(nullable(v.csatAverage()), nullable(v.csatSatisfiedShare()), nullable(v.npsScore()),
                nullable(v.cesAverage()), nullable(v.firstResponseMedianMinutes()), nullable(v.firstResponseP90Minutes()),
                nullable(v.resolutionMedianMinutes()), nullable(v.resolutionP90Minutes()), nullable(v.slaMetShare()),
                nullable(v.selfServiceShare()), nullable(v.reopenShare()), nullable(v.firstContactResolutionShare()),
                nullable(v.retentionAverage()), nullable(v.productExperienceAverage()),
                nullable(v.onlineExperienceAverage()), nullable(v.waitTimeAverage()),
                nullable(v.expectationsMetAverage()))) {
            cells.add(Double.isNaN(value) ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
        }
        return cells;
    }

    // List.of refuses nulls; NaN stands for "no data" and becomes an empty cell.
    private static Double nullable(Double value) {
        return value == null ? Double.NaN : value;
    }

    /**
     * Text cells that start like a formula are prefixed with an apostrophe so a spreadsheet shows them
     * instead of evaluating them (an agent id or label is not ours to trust). Numbers are written as numbers.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(KpiCsvWriter::quote).collect(Collectors.joining(","))).append("\r\n");
    }
}
