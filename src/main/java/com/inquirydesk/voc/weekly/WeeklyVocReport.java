package com.inquirydesk.voc.weekly;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One week's voice of the customer, Monday 00:00 to the next Monday 00:00 local time ({@code weekEnd} is the
 * Sunday). Kept whole as JSON in weekly_voc_report.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WeeklyVocReport(
        LocalDate weekStart,
        LocalDate weekEnd,
        String timeZone,
        Instant compiledAt,
        Scores total,
        List<Scores> byCategory,
        List<Scores> byAgent,
        List<Scores> byChannel,
        List<LowScoreAnswer> lowScoreAnswers,
        List<KeywordCount> topKeywords,
        List<FlaggedCategory> flaggedCategories,
        List<CategoryCandidate> newCategoryCandidates) {

    /** Survey scores of one group (or of the whole week); averages and NPS are {@code null} without answers. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Scores(String group, String label, int answers, Double csatAverage, Double csatSatisfiedShare,
                         Double cesAverage, Double npsScore, int lowScoreAnswers) {
    }

    /** An answer with CSAT or NPS at or below the low-score line, with the customer's comment. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LowScoreAnswer(String inquiryCode, String category, String channel, String agent, int csat,
                                 int ces, int nps, String comment, Instant answeredAt) {
    }

    /** A keyword and the number of comments it occurs in. */
    public record KeywordCount(String keyword, long comments) {
    }

    /**
     * A category with repeated low scores this week: its guide may be missing or wrong. {@code keywords} are the
     * top keywords of its low-score comments, {@code inquiryCodes} the inquiries behind those answers.
     */
    public record FlaggedCategory(String category, String label, int lowScoreAnswers, List<String> keywords,
                                  List<String> inquiryCodes) {
    }

    /** Inquiries filed under OTHER that share their main keyword: perhaps a category of their own. */
    public record CategoryCandidate(String keyword, List<String> inquiryCodes) {
    }
}
