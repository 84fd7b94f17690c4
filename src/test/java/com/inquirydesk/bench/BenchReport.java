package com.inquirydesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one benchmark run: each measure of the service next to the same measure of its baseline in
 * the same run, their ratio, and the spread (min–max of the per-repeat medians). Printed as a table and
 * written as JSON.
 */
final class BenchReport {

    /** One line of the table; {@code baseline} is NaN for measures without a baseline (footprint). */
    record Row(String workload, String measure, String unit, double service, double serviceMin, double serviceMax,
               double baseline, double baselineMin, double baselineMax, String target, boolean targetMet) {

        /** Service ÷ baseline: above 1 is slower for times, faster for throughputs. */
        double ratio() {
            return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : service / baseline;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    void context(String key, Object value) {
        context.put(key, value);
    }

    void add(Row row) {
        rows.add(row);
        System.out.println("[bench] " + line(row));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-4s %-44s %-6s %22s %22s %7s  %s%n", "", "measure", "unit", "service (min–max)",
                "baseline (min–max)", "ratio", "target"));
        rows.forEach(row -> out.append(line(row)).append('\n'));
        return out.toString();
    }

    void write(Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("context", context);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workload", row.workload());
            m.put("measure", row.measure());
            m.put("unit", row.unit());
            m.put("service", number(row.service()));
            m.put("serviceMin", number(row.serviceMin()));
            m.put("serviceMax", number(row.serviceMax()));
            m.put("baseline", number(row.baseline()));
            m.put("baselineMin", number(row.baselineMin()));
            m.put("baselineMax", number(row.baselineMax()));
            m.put("ratio", number(row.ratio()));
            m.put("target", row.target());
            m.put("targetMet", row.target() == null ? null : row.targetMet());
            list.add(m);
        }
        json.put("results", list);
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 100) / 100.0;
    }

    private static String line(Row row) {
        return String.format("%-4s %-44s %-6s %22s %22s %7s  %s", row.workload(), row.measure(), row.unit(),
                spread(row.service(), row.serviceMin(), row.serviceMax()),
                spread(row.baseline(), row.baselineMin(), row.baselineMax()),
                Double.isNaN(row.ratio()) ? "" : String.format("%.2f", row.ratio()),
                row.target() == null ? "" : row.target() + (row.targetMet() ? " ok" : " MISSED"));
    }

    private static String spread(double median, double min, double max) {
        if (Double.isNaN(median)) {
            return "—";
        }
        return String.format("%.1f (%.1f–%.1f)", median, min, max);
    }
}
