package com.inquirydesk.voc.weekly;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The short Korean summary the review form shows. It travels as a process variable, so it holds scores,
 * counts and inquiry codes only, never the customers' comments (those stay in the stored report, one click
 * away), and it is cut well below the engine's 4000-character limit for text variables.
 */
final class WeeklyVocSummary {

    static final int MAX_LENGTH = 2000;
    private static final int MAX_LISTED_LOW_SCORES = 15;

    private WeeklyVocSummary() {
    }

    static String of(WeeklyVocReport report, WeeklyVocSettings settings) {
        StringBuilder s = new StringBuilder();
        WeeklyVocReport.Scores total = report.total();
        s.append("%s ~ %s 주간 VOC%n".formatted(report.weekStart(), report.weekEnd()));
        if (total.answers() == 0) {
            s.append("설문 응답 없음\n");
        } else {
            s.append("설문 응답 %d건 · CSAT 평균 %s · 만족 비율 %s · NPS %s · CES 평균 %s%n".formatted(total.answers(),
                    number(total.csatAverage()), percent(total.csatSatisfiedShare()), signed(total.npsScore()),
                    number(total.cesAverage())));
        }
        s.append("저평가 응답(CSAT %d점 이하 또는 NPS %d점 이하) %d건%n".formatted(settings.lowCsatUpTo(),
                settings.lowNpsUpTo(), report.lowScoreAnswers().size()));
        if (!report.byCategory().isEmpty()) {
            s.append("\n[분류별]\n");
            report.byCategory().forEach(c -> s.append("- %s: 응답 %d건, CSAT %s, NPS %s, 저평가 %d건%n".formatted(
                    c.label(), c.answers(), number(c.csatAverage()), signed(c.npsScore()), c.lowScoreAnswers())));
        }
        s.append("\n[반복 저평가 분류] ");
        s.append(report.flaggedCategories().isEmpty() ? "없음" : report.flaggedCategories().stream()
                .map(f -> "%s(%d건)".formatted(f.label(), f.lowScoreAnswers())).collect(Collectors.joining(", ")));
        s.append("\n[주요 키워드] ");
        s.append(report.topKeywords().isEmpty() ? "없음" : report.topKeywords().stream()
                .map(k -> "%s(%d)".formatted(k.keyword(), k.comments())).collect(Collectors.joining(", ")));
        s.append("\n[새 분류 후보: 기타 문의 묶음] ");
        s.append(report.newCategoryCandidates().isEmpty() ? "없음" : report.newCategoryCandidates().stream()
                .map(c -> "%s %d건(%s)".formatted(c.keyword(), c.inquiryCodes().size(), String.join(", ", c.inquiryCodes())))
                .collect(Collectors.joining("; ")));
        List<WeeklyVocReport.LowScoreAnswer> low = report.lowScoreAnswers();
        if (!low.isEmpty()) {
            s.append("\n\n[저평가 응답] 고객 의견 원문은 전체 리포트에서 확인하세요.\n");
            low.stream().limit(MAX_LISTED_LOW_SCORES).forEach(a -> s.append("- %s %s · CSAT %d · NPS %d · CES %d%n"
                    .formatted(a.inquiryCode(), WeeklyVocReportCompiler.categoryLabel(a.category() == null ? "NONE"
                            : a.category()), a.csat(), a.nps(), a.ces())));
            if (low.size() > MAX_LISTED_LOW_SCORES) {
                s.append("외 %d건%n".formatted(low.size() - MAX_LISTED_LOW_SCORES));
            }
        }
        String text = s.toString().strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String signed(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%+.1f", value);
    }

    private static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
