package com.inquirydesk.voc.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.inquirydesk.text.KoreanTextAnalysis;
import com.inquirydesk.voc.weekly.WeeklyVocData.Answer;
import com.inquirydesk.voc.weekly.WeeklyVocData.OtherInquiry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The weekly report on a fixed week of answers and OTHER inquiries, with the real Korean keyword extractor. */
class WeeklyVocReportCompilerTest {

    static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Instant AT = Instant.parse("2026-11-18T02:00:00Z");

    static final List<Answer> ANSWERS = List.of(
            new Answer("INQ-20261116-000001", "BILLING", "WEB", "kim", 1, 6, 2, "결제가 두 번 됐는데 환불이 너무 늦어요", AT),
            new Answer("INQ-20261116-000002", "BILLING", "APP", "kim", 2, 5, 5, "자동 결제 해지 방법을 찾기 어려웠어요", AT),
            new Answer("INQ-20261116-000003", "BILLING", "WEB", "lee", 4, 2, 9, "빠르게 처리해 주셔서 감사합니다", AT),
            new Answer("INQ-20261117-000004", "RETURN", "EMAIL", "lee", 3, 4, 6, "반품 안내가 부족했어요. 환불은 언제 되나요?", AT),
            new Answer("INQ-20261117-000005", "RETURN", "WEB", "lee", 5, 1, 10, "친절한 안내 감사합니다 😊", AT),
            new Answer("INQ-20261117-000006", "RETURN", "WEB", "lee", 2, 5, 4, "환불 처리 상태를 알 수 없어요", AT),
            new Answer("INQ-20261118-000007", "TECHNICAL", "CHAT", "park", 2, 7, 0, "앱 오류가 계속 나요", AT),
            new Answer("INQ-20261118-000008", "GENERAL", "PHONE", null, 5, 2, 8, null, AT));

    static final List<OtherInquiry> OTHERS = List.of(
            new OtherInquiry("INQ-20261116-000011", "계약 해지 문의", "계약 기간 중에 해지하면 위약금이 있나요?"),
            new OtherInquiry("INQ-20261116-000012", "계약 명의 변경", "계약 명의를 가족에게 넘기고 싶습니다"),
            new OtherInquiry("INQ-20261117-000013", "계약서 재발급", "계약 내용을 다시 받아볼 수 있나요?"),
            new OtherInquiry("INQ-20261117-000014", "제휴 포인트", "제휴 카드 포인트 적립이 안 돼요"),
            new OtherInquiry("INQ-20261118-000015", "포인트 소멸", "포인트가 언제 소멸되나요"),
            new OtherInquiry("INQ-20261118-000016", "기타 문의", "사무실 주소가 어디인가요"));

    final WeeklyVocReportCompiler compiler = new WeeklyVocReportCompiler(new KoreanTextAnalysis(),
            WeeklyVocSettings.defaults());

    WeeklyVocReport compile() {
        Map<String, String> names = Map.of("kim", "김민지", "lee", "이서준");
        return compiler.compile(WEEK, SEOUL, Instant.parse("2026-11-23T00:00:05Z"),
                week(ANSWERS, WeeklyVocSettings.defaults()), OTHERS, agent -> names.getOrDefault(agent, agent));
    }

    /** The week as the database hands it over: answers counted per category × agent × channel, low ones listed. */
    static WeeklyVocData.Week week(List<Answer> answers, WeeklyVocSettings settings) {
        Map<List<String>, List<Answer>> groups = new LinkedHashMap<>();
        answers.forEach(a -> groups.computeIfAbsent(Arrays.asList(a.category(), a.agent(), a.channel()),
                key -> new ArrayList<>()).add(a));
        List<WeeklyVocData.Tally> tallies = groups.values().stream().map(group -> new WeeklyVocData.Tally(
                group.get(0).category(), group.get(0).agent(), group.get(0).channel(), group.size(),
                group.stream().mapToLong(Answer::csat).sum(), group.stream().filter(a -> a.csat() >= 4).count(),
                group.stream().mapToLong(Answer::ces).sum(), group.stream().filter(a -> a.nps() >= 9).count(),
                group.stream().filter(a -> a.nps() <= 6).count(),
                group.stream().filter(a -> settings.isLow(a.csat(), a.nps())).count())).toList();
        return new WeeklyVocData.Week(tallies, answers.stream().filter(a -> settings.isLow(a.csat(), a.nps())).toList(),
                answers.stream().map(Answer::comment).filter(c -> c != null && !c.isBlank()).toList());
    }

    @Test
    void scoresByCategoryAgentAndChannel() {
        WeeklyVocReport report = compile();

        assertThat(report.weekStart()).isEqualTo(WEEK);
        assertThat(report.weekEnd()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(report.total()).isEqualTo(new WeeklyVocReport.Scores("TOTAL", "전체", 8, 3.0, 0.375, 4.0, -37.5, 5));
        assertThat(report.byCategory()).containsExactly(
                new WeeklyVocReport.Scores("GENERAL", "일반", 1, 5.0, 1.0, 2.0, 0.0, 0),
                new WeeklyVocReport.Scores("BILLING", "결제", 3, 2.33, 0.3333, 4.33, -33.3, 2),
                new WeeklyVocReport.Scores("RETURN", "반품·환불", 3, 3.33, 0.3333, 3.33, -33.3, 2),
                new WeeklyVocReport.Scores("TECHNICAL", "기술·오류", 1, 2.0, 0.0, 7.0, -100.0, 1));
        assertThat(report.byAgent()).extracting(WeeklyVocReport.Scores::group, WeeklyVocReport.Scores::label,
                        WeeklyVocReport.Scores::answers, WeeklyVocReport.Scores::npsScore)
                .containsExactly(Tuple.tuple("kim", "김민지", 2, -100.0),
                        Tuple.tuple("lee", "이서준", 4, 0.0),
                        Tuple.tuple("park", "park", 1, -100.0),
                        Tuple.tuple("NONE", "미배정", 1, 0.0));
        assertThat(report.byChannel()).extracting(WeeklyVocReport.Scores::group)
                .containsExactly("WEB", "EMAIL", "CHAT", "PHONE", "APP");
    }

    @Test
    void everyLowScoreAnswerIsListedWithItsComment() {
        WeeklyVocReport report = compile();

        assertThat(report.lowScoreAnswers()).extracting(WeeklyVocReport.LowScoreAnswer::inquiryCode).containsExactly(
                "INQ-20261116-000001", "INQ-20261116-000002", "INQ-20261117-000004", "INQ-20261117-000006",
                "INQ-20261118-000007");
        assertThat(report.lowScoreAnswers().get(2).comment()).isEqualTo("반품 안내가 부족했어요. 환불은 언제 되나요?");
        assertThat(report.lowScoreAnswers().get(2).csat()).as("CSAT 3 but NPS 6 is low").isEqualTo(3);
    }

    @Test
    void categoriesWithRepeatedLowScoresAreFlagged() {
        List<WeeklyVocReport.FlaggedCategory> flagged = compile().flaggedCategories();

        assertThat(flagged).extracting(WeeklyVocReport.FlaggedCategory::category, WeeklyVocReport.FlaggedCategory::label,
                        WeeklyVocReport.FlaggedCategory::lowScoreAnswers, WeeklyVocReport.FlaggedCategory::inquiryCodes)
                .containsExactly(Tuple.tuple("BILLING", "결제", 2, List.of("INQ-20261116-000001", "INQ-20261116-000002")),
                        Tuple.tuple("RETURN", "반품·환불", 2, List.of("INQ-20261117-000004", "INQ-20261117-000006")));
        assertThat(flagged.get(0).keywords()).hasSize(5).startsWith("결제");
        assertThat(flagged.get(1).keywords()).containsExactly("환불", "반품", "부족", "상태", "안내");

        WeeklyVocReportCompiler stricter = new WeeklyVocReportCompiler(new KoreanTextAnalysis(),
                new WeeklyVocSettings(2, 6, 3, 2, 10));
        WeeklyVocSettings settings = new WeeklyVocSettings(2, 6, 3, 2, 10);
        assertThat(stricter.compile(WEEK, SEOUL, AT, week(ANSWERS, settings), OTHERS, a -> a).flaggedCategories())
                .isEmpty();
    }

    @Test
    void topKeywordsCountCommentsNotRepetitions() {
        List<WeeklyVocReport.KeywordCount> top = compile().topKeywords();

        assertThat(top).hasSizeLessThanOrEqualTo(10);
        assertThat(top.get(0)).isEqualTo(new WeeklyVocReport.KeywordCount("환불", 3));
        assertThat(top).contains(new WeeklyVocReport.KeywordCount("결제", 2),
                new WeeklyVocReport.KeywordCount("감사", 2), new WeeklyVocReport.KeywordCount("안내", 2));
    }

    @Test
    void otherInquiriesSharingTheirMainKeywordSuggestANewCategory() {
        assertThat(compile().newCategoryCandidates()).containsExactly(
                new WeeklyVocReport.CategoryCandidate("계약",
                        List.of("INQ-20261116-000011", "INQ-20261116-000012", "INQ-20261117-000013")),
                new WeeklyVocReport.CategoryCandidate("포인트", List.of("INQ-20261117-000014", "INQ-20261118-000015")));
    }

    @Test
    void summaryForTheFormHoldsScoresAndCodesButNoComments() throws Exception {
        WeeklyVocReport report = compile();

        String summary = WeeklyVocSummary.of(report, WeeklyVocSettings.defaults());

        assertThat(summary).startsWith("2026-11-16 ~ 2026-11-22 주간 VOC\n설문 응답 8건 · CSAT 평균 3.00 · 만족 비율 38% · NPS -37.5 · CES 평균 4.00");
        assertThat(summary).contains("[반복 저평가 분류] 결제(2건), 반품·환불(2건)")
                .contains("[새 분류 후보: 기타 문의 묶음] 계약 3건(INQ-20261116-000011, INQ-20261116-000012, INQ-20261117-000013)")
                .contains("- INQ-20261116-000001 결제 · CSAT 1 · NPS 2 · CES 6")
                .doesNotContain("환불이 너무 늦어요");
        assertThat(summary.length()).isLessThanOrEqualTo(WeeklyVocSummary.MAX_LENGTH);

        // The sample report of the hand-over notes: printed so a reader of the build log sees what supervisors get.
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        System.out.println("=== weekly VOC report (sample) ===\n" + json.writeValueAsString(report));
        System.out.println("=== summary for the review form ===\n" + summary);
    }
}
