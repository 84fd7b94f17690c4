package com.inquirydesk.voc.weekly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inquirydesk.reporting.KpiRepository;
import com.inquirydesk.system.InquiryDeskProperties;
import com.inquirydesk.system.TimeSource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compiles and keeps the weekly VOC report, and records which guides the review chose to update. */
@Service
public class WeeklyVocReportService {

    /** What the process needs of a stored report. */
    public record Compiled(long id, String weekLabel, String summary, String url, String guideCategoryChoices) {
    }

    private final WeeklyVocData data;
    private final KpiRepository kpis;
    private final WeeklyVocReportCompiler compiler;
    private final WeeklyVocReportStore store;
    private final ObjectMapper json;
    private final TimeSource time;
    private final InquiryDeskProperties properties;
    private final WeeklyVocSettings settings;

    public WeeklyVocReportService(WeeklyVocData data, KpiRepository kpis, WeeklyVocReportCompiler compiler,
                                  WeeklyVocReportStore store, ObjectMapper json, TimeSource time,
                                  InquiryDeskProperties properties, WeeklyVocSettings settings) {
        this.data = data;
        this.kpis = kpis;
        this.compiler = compiler;
        this.store = store;
        this.json = json;
        this.time = time;
        this.properties = properties;
        this.settings = settings;
    }

    /** The Monday that starts the last complete week before {@code now}, in local time. */
    public static LocalDate previousWeekStart(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    /** Compiles the last complete week (Monday 00:00 to Monday 00:00 local time) before now. */
    @Transactional
    public Compiled compileLastWeek() {
        return compile(previousWeekStart(time.now(), properties.zone()));
    }

    @Transactional
    public Compiled compile(LocalDate weekStart) {
        ZoneId zone = properties.zone();
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        Map<String, String> agentNames = kpis.agentNames();
        WeeklyVocReport report = compiler.compile(weekStart, zone, time.now(), data.week(from, to, settings),
                data.otherInquiries(from, to), agent -> agentNames.getOrDefault(agent, agent));
        String summary = WeeklyVocSummary.of(report, settings);
        String flagged = report.flaggedCategories().stream().map(WeeklyVocReport.FlaggedCategory::category)
                .collect(Collectors.joining(","));
        long id = store.save(report.weekStart(), report.weekEnd(), report.compiledAt(), report.total().answers(),
                report.lowScoreAnswers().size(), flagged, summary, write(report));
        String choices = report.flaggedCategories().stream().map(f -> f.category() + ":" + f.label())
                .collect(Collectors.joining(","));
        return new Compiled(id, report.weekStart() + " ~ " + report.weekEnd(), summary,
                properties.publicBaseUrl() + "/api/v1/reports/weekly-voc/" + id, choices);
    }

    /**
     * Context for the guide update of one category chosen in the review of report {@code reportId}. A category
     * that was not flagged (nothing low this week) gets no keywords and the link to the whole report.
     */
    @Transactional(readOnly = true)
    public GuideUpdateContext guideContext(long reportId, String category) {
        String reportUrl = properties.publicBaseUrl() + "/api/v1/reports/weekly-voc/" + reportId;
        WeeklyVocReport report = read(store.reportJson(reportId).orElseThrow(() ->
                new IllegalStateException("weekly VOC report " + reportId + " is gone")));
        return report.flaggedCategories().stream().filter(f -> f.category().equals(category)).findFirst()
                .map(f -> new GuideUpdateContext(String.join(", ", f.keywords()), f.inquiryCodes().isEmpty() ? reportUrl
                        : properties.deskLink(f.inquiryCodes().get(0))))
                .orElse(new GuideUpdateContext("", reportUrl));
    }

    public Optional<String> reportJson(long id) {
        return store.reportJson(id);
    }

    @Transactional
    public void recordGuideSelection(long reportId, List<String> categories, String reviewer, String note) {
        store.recordGuideSelection(reportId, String.join(",", categories), reviewer, note, time.now());
    }

    private WeeklyVocReport read(String text) {
        try {
            return json.readValue(text, WeeklyVocReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored weekly report unreadable", e);
        }
    }

    private String write(WeeklyVocReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("weekly report not serialisable", e);
        }
    }
}
