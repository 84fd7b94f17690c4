package com.inquirydesk.voc.weekly;

import com.inquirydesk.inquiry.Category;
import com.inquirydesk.inquiry.Channel;
import com.inquirydesk.reporting.KpiMetrics;
import com.inquirydesk.text.KoreanTextAnalysis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a week's answers and OTHER inquiries into the weekly VOC report. No data access, so it is tested on fixed data. */
@Component
public class WeeklyVocReportCompiler {

    private static final String NONE = "NONE";
    /** Keywords of a flagged category's low-score comments handed to the guide editor. */
    private static final int GUIDE_KEYWORDS = 5;

    // Words almost every inquiry uses about itself; as a main keyword they would lump unrelated questions together.
    private static final Set<String> CLUSTER_STOP_WORDS = Set.of("문의", "질문", "기타", "안내", "확인", "요청", "고객",
            "답변", "연락");

    private final KoreanTextAnalysis keywords;
    private final WeeklyVocSettings settings;

    public WeeklyVocReportCompiler(KoreanTextAnalysis keywords, WeeklyVocSettings settings) {
        this.keywords = keywords;
        this.settings = settings;
    }

    public WeeklyVocReport compile(LocalDate weekStart, ZoneId zone, Instant compiledAt, WeeklyVocData.Week week,
                                   List<WeeklyVocData.OtherInquiry> others, Function<String, String> agentNames) {
        List<WeeklyVocData.Tally> tallies = week.tallies();
        List<WeeklyVocData.Answer> low = week.lowScoreAnswers();
        List<WeeklyVocReport.Scores> byCategory = scores(tallies, WeeklyVocData.Tally::category,
                Comparator.comparingInt(WeeklyVocReportCompiler::categoryOrder), WeeklyVocReportCompiler::categoryLabel);
        List<WeeklyVocReport.Scores> byAgent = scores(tallies, WeeklyVocData.Tally::agent,
                Comparator.naturalOrder(), agent -> agent.equals(NONE) ? "미배정" : agentNames.apply(agent));
        List<WeeklyVocReport.Scores> byChannel = scores(tallies, WeeklyVocData.Tally::channel,
                Comparator.comparingInt(WeeklyVocReportCompiler::channelOrder), WeeklyVocReportCompiler::channelLabel);
        List<WeeklyVocReport.FlaggedCategory> flagged = byCategory.stream()
                .filter(s -> !s.group().equals(NONE) && s.lowScoreAnswers() >= settings.repeatedLowScores())
                .map(s -> flagged(s, low))
                .toList();
        List<WeeklyVocReport.KeywordCount> top = keywords.topKeywords(week.comments(), settings.topKeywords()).entrySet()
                .stream().map(e -> new WeeklyVocReport.KeywordCount(e.getKey(), e.getValue())).toList();
        return new WeeklyVocReport(weekStart, weekStart.plusDays(6), zone.getId(), compiledAt,
                scoresOf("TOTAL", "전체", tallies),
                byCategory, byAgent, byChannel,
                low.stream().map(a -> new WeeklyVocReport.LowScoreAnswer(a.inquiryCode(), a.category(), a.channel(),
                        a.agent(), a.csat(), a.ces(), a.nps(), a.comment(), a.answeredAt())).toList(),
                top, flagged, candidates(others));
    }

    private WeeklyVocReport.FlaggedCategory flagged(WeeklyVocReport.Scores category, List<WeeklyVocData.Answer> low) {
        List<WeeklyVocData.Answer> own = low.stream().filter(a -> category.group().equals(a.category())).toList();
        List<String> comments = own.stream().map(WeeklyVocData.Answer::comment)
                .filter(c -> c != null && !c.isBlank()).toList();
        return new WeeklyVocReport.FlaggedCategory(category.group(), category.label(), category.lowScoreAnswers(),
                List.copyOf(keywords.topKeywords(comments, GUIDE_KEYWORDS).keySet()),
                own.stream().map(WeeklyVocData.Answer::inquiryCode).toList());
    }

    /**
     * Groups OTHER inquiries by their main keyword: of the keywords of one inquiry, the one found in the most
     * OTHER inquiries of the week (earliest in the text on a tie). Ranking by what the inquiries share, rather
     * than by what one text repeats, puts the three contract questions together under 계약 even when each also
     * mentions something of its own.
     */
    List<WeeklyVocReport.CategoryCandidate> candidates(List<WeeklyVocData.OtherInquiry> others) {
        Map<String, List<String>> keywordsByCode = new LinkedHashMap<>();
        for (WeeklyVocData.OtherInquiry inquiry : others) {
            keywordsByCode.put(inquiry.code(), keywords.keywords(inquiry.subject() + "\n" + inquiry.body()).stream()
                    .filter(term -> !CLUSTER_STOP_WORDS.contains(term)).toList());
        }
        Map<String, Long> shared = keywords.topKeywords(others.stream()
                .map(i -> i.subject() + "\n" + i.body()).toList(), Integer.MAX_VALUE);
        Map<String, List<String>> clusters = new LinkedHashMap<>();
        keywordsByCode.forEach((code, terms) -> terms.stream()
                .max(Comparator.comparingLong((String term) -> shared.getOrDefault(term, 0L))
                        .thenComparing(Comparator.comparingInt(terms::indexOf).reversed()))
                .ifPresent(main -> clusters.computeIfAbsent(main, k -> new ArrayList<>()).add(code)));
        return clusters.entrySet().stream()
                .filter(e -> e.getValue().size() >= settings.clusterMinimum())
                .sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new WeeklyVocReport.CategoryCandidate(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    private List<WeeklyVocReport.Scores> scores(List<WeeklyVocData.Tally> tallies,
                                                Function<WeeklyVocData.Tally, String> key, Comparator<String> order,
                                                Function<String, String> label) {
        Map<String, List<WeeklyVocData.Tally>> groups = tallies.stream()
                .collect(Collectors.groupingBy(t -> key.apply(t) == null ? NONE : key.apply(t)));
        return groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((String k) -> k.equals(NONE)).thenComparing(order)))
                .map(e -> scoresOf(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private WeeklyVocReport.Scores scoresOf(String group, String label, List<WeeklyVocData.Tally> tallies) {
        long answers = tallies.stream().mapToLong(WeeklyVocData.Tally::answers).sum();
        long low = tallies.stream().mapToLong(WeeklyVocData.Tally::lowScores).sum();
        return new WeeklyVocReport.Scores(group, label, Math.toIntExact(answers),
                round(KpiMetrics.average(sum(tallies, WeeklyVocData.Tally::csatSum), answers), 2),
                round(KpiMetrics.share(sum(tallies, WeeklyVocData.Tally::satisfied), answers), 4),
                round(KpiMetrics.average(sum(tallies, WeeklyVocData.Tally::cesSum), answers), 2),
                round(KpiMetrics.netPromoterScore(sum(tallies, WeeklyVocData.Tally::promoters),
                        sum(tallies, WeeklyVocData.Tally::detractors), answers), 1),
                Math.toIntExact(low));
    }

    private static long sum(List<WeeklyVocData.Tally> tallies, ToLongFunction<WeeklyVocData.Tally> value) {
        return tallies.stream().mapToLong(value).sum();
    }

    private static Double round(Double value, int places) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    static String categoryLabel(String code) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Category::label).orElse(code.equals(NONE) ? "미분류" : code);
    }

    private static String channelLabel(String code) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Channel::label).orElse(code.equals(NONE) ? "미분류" : code);
    }

    private static int categoryOrder(String code) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static int channelOrder(String code) {
        return Arrays.stream(Channel.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }
}
