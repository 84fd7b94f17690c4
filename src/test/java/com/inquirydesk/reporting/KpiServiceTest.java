package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.reporting.KpiFacts.Closure;
import com.inquirydesk.reporting.KpiFacts.Dimensions;
import com.inquirydesk.reporting.KpiFacts.FirstResponse;
import com.inquirydesk.reporting.KpiFacts.Received;
import com.inquirydesk.reporting.KpiFacts.Resolution;
import com.inquirydesk.reporting.KpiFacts.SlaOutcome;
import com.inquirydesk.reporting.KpiFacts.SurveyAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KPI values and grouping on a small fixed set of facts (two categories, two agents, two weeks). */
class KpiServiceTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final Dimensions BILLING_KIM = new Dimensions("BILLING", "WEB", "kim");
    static final Dimensions BILLING_LEE = new Dimensions("BILLING", "EMAIL", "lee");
    static final Dimensions RETURN_LEE = new Dimensions("RETURN", "WEB", "lee");
    static final Dimensions UNSORTED = new Dimensions(null, "CHAT", null);

    // Monday 2026-11-16 00:30 KST is still Sunday in UTC: the week is taken in local time.
    static final Instant WEEK1 = Instant.parse("2026-11-15T15:30:00Z");
    static final Instant WEEK2 = Instant.parse("2026-11-23T01:00:00Z");

    static KpiFacts facts() {
        return new KpiFacts(
                List.of(new Received(BILLING_KIM, WEEK1), new Received(BILLING_LEE, WEEK1),
                        new Received(RETURN_LEE, WEEK2), new Received(UNSORTED, WEEK2)),
                List.of(new FirstResponse(BILLING_KIM, WEEK1, 30), new FirstResponse(BILLING_LEE, WEEK1, 90),
                        new FirstResponse(RETURN_LEE, WEEK2, 10), new FirstResponse(UNSORTED, WEEK2, 600)),
                // kim resolved with one answer; lee's billing inquiry was reopened; lee's return took three answers.
                List.of(new Resolution(BILLING_KIM, WEEK1, 120, false, 1),
                        new Resolution(BILLING_LEE, WEEK2, 480, true, 2),
                        new Resolution(RETURN_LEE, WEEK2, 60, false, 3)),
                List.of(new Closure(BILLING_KIM, WEEK1, true), new Closure(RETURN_LEE, WEEK2, false),
                        new Closure(UNSORTED, WEEK2, true), new Closure(BILLING_LEE, WEEK2, false)),
                // nobody rated the online experience; lee's billing customer left product experience out.
                List.of(new SurveyAnswer(BILLING_KIM, WEEK1, 5, 2, 10, 5, 4, null, 3, 5),
                        new SurveyAnswer(BILLING_LEE, WEEK2, 2, 6, 3, 2, null, null, 1, 2),
                        new SurveyAnswer(RETURN_LEE, WEEK2, 4, 3, 8, 4, 5, null, 3, 4)),
                List.of(new SlaOutcome(BILLING_KIM, WEEK1, true), new SlaOutcome(BILLING_LEE, WEEK1, false),
                        new SlaOutcome(RETURN_LEE, WEEK2, true)));
    }

    @Test
    void totalOfTheFixedData() {
        KpiValues total = KpiValues.of(facts());

        assertThat(total.inquiries()).isEqualTo(4);
        assertThat(total.surveyAnswers()).isEqualTo(3);
        assertThat(total.csatAverage()).isEqualTo(11 / 3.0);
        assertThat(total.csatSatisfiedShare()).isEqualTo(2 / 3.0);
        assertThat(total.npsScore()).isEqualTo(0.0); // one promoter (10), one passive (8), one detractor (3)
        assertThat(total.cesAverage()).isEqualTo(11 / 3.0);
        assertThat(total.firstResponseMedianMinutes()).isEqualTo(60.0); // (30 + 90) / 2
        assertThat(total.firstResponseP90Minutes()).isEqualTo(600.0); // rank ceil(0.9 * 4) = 4
        assertThat(total.resolutionMedianMinutes()).isEqualTo(120.0);
        assertThat(total.resolutionP90Minutes()).isEqualTo(480.0);
        assertThat(total.slaMetShare()).isEqualTo(2 / 3.0);
        assertThat(total.selfServiceShare()).isEqualTo(0.5);
        assertThat(total.reopenShare()).isEqualTo(1 / 3.0);
        assertThat(total.firstContactResolutionShare()).as("only kim's one-answer, never reopened resolution")
                .isEqualTo(1 / 3.0);
        assertThat(total.retentionAverage()).isEqualTo(11 / 3.0);
        assertThat(total.productExperienceAverage()).as("the answer without it is not counted").isEqualTo(4.5);
        assertThat(total.onlineExperienceAverage()).as("nobody answered it: null, not 0").isNull();
        assertThat(total.waitTimeAverage()).isEqualTo(7 / 3.0);
        assertThat(total.expectationsMetAverage()).isEqualTo(11 / 3.0);

        assertThat(total.rounded()).isEqualTo(new KpiValues(4, 3, 3.67, 0.6667, 0.0, 3.67, 60.0, 600.0, 120.0, 480.0,
                0.6667, 0.5, 0.3333, 0.3333, 3.67, 4.5, null, 2.33, 3.67));
    }

    @Test
    void withoutSlaOutcomesTheShareIsNullNotZero() {
        KpiFacts noSla = new KpiFacts(facts().received(), List.of(), List.of(), List.of(), List.of(), List.of());

        KpiValues values = KpiValues.of(noSla);

        assertThat(values.inquiries()).isEqualTo(4);
        assertThat(values.slaMetShare()).isNull();
        assertThat(values.csatAverage()).isNull();
        assertThat(values.npsScore()).isNull();
        assertThat(values.firstResponseMedianMinutes()).isNull();
        assertThat(values.selfServiceShare()).isNull();
        assertThat(values.reopenShare()).isNull();
        assertThat(values.firstContactResolutionShare()).isNull();
        assertThat(values.retentionAverage()).isNull();
        assertThat(values.expectationsMetAverage()).isNull();
    }

    @Test
    void groupedByCategoryWithUnsortedLastAndATotalRow() {
        KpiReport report = report(KpiGrouping.CATEGORY);

        assertThat(report.rows()).extracting(KpiReport.Row::group).containsExactly("BILLING", "RETURN", "NONE");
        assertThat(report.rows()).extracting(KpiReport.Row::label).containsExactly("결제", "반품·환불", "미분류");
        assertThat(report.rows().get(0).values()).isEqualTo(new KpiValues(2, 2, 3.5, 0.5, 0.0, 4.0, 60.0, 90.0,
                300.0, 480.0, 0.5, 0.5, 0.5, 0.5, 3.5, 4.0, null, 2.0, 3.5));
        assertThat(report.rows().get(1).values()).isEqualTo(new KpiValues(1, 1, 4.0, 1.0, 0.0, 3.0, 10.0, 10.0,
                60.0, 60.0, 1.0, 0.0, 0.0, 0.0, 4.0, 5.0, null, 3.0, 4.0));
        assertThat(report.rows().get(2).values()).isEqualTo(new KpiValues(1, 0, null, null, null, null, 600.0, 600.0,
                null, null, null, 1.0, null, null, null, null, null, null, null));
        assertThat(report.total().group()).isEqualTo("TOTAL");
        assertThat(report.total().values().inquiries()).isEqualTo(4);
        assertThat(report.groupBy()).isEqualTo("category");
        assertThat(report.timeZone()).isEqualTo("Asia/Seoul");
    }

    @Test
    void groupedByAgentWithDisplayNamesAndUnassignedLast() {
        KpiReport report = report(KpiGrouping.AGENT);

        assertThat(report.rows()).extracting(KpiReport.Row::group).containsExactly("kim", "lee", "NONE");
        assertThat(report.rows()).extracting(KpiReport.Row::label).containsExactly("김민지", "lee", "미배정");
        assertThat(report.rows().get(1).values().npsScore()).isEqualTo(-50.0); // answers 3 and 8
    }

    @Test
    void groupedByChannelInChannelOrder() {
        KpiReport report = report(KpiGrouping.CHANNEL);

        assertThat(report.rows()).extracting(KpiReport.Row::group).containsExactly("WEB", "EMAIL", "CHAT");
        assertThat(report.rows()).extracting(KpiReport.Row::label).containsExactly("웹", "이메일", "채팅");
        assertThat(report.rows().get(0).values().inquiries()).isEqualTo(2);
    }

    @Test
    void groupedByWeekStartingMondayLocalTime() {
        KpiReport report = report(KpiGrouping.WEEK);

        assertThat(report.rows()).extracting(KpiReport.Row::group).containsExactly("2026-11-16", "2026-11-23");
        assertThat(report.rows()).extracting(KpiReport.Row::label)
                .containsExactly("2026-11-16 ~ 2026-11-22", "2026-11-23 ~ 2026-11-29");
        KpiValues first = report.rows().get(0).values();
        assertThat(first.inquiries()).isEqualTo(2);
        assertThat(first.slaMetShare()).isEqualTo(0.5);
        assertThat(first.resolutionMedianMinutes()).isEqualTo(120.0);
        assertThat(report.rows().get(1).values().resolutionMedianMinutes()).isEqualTo(270.0); // (480 + 60) / 2
    }

    @Test
    void groupingParameterIsLowerCase() {
        assertThat(KpiGrouping.parse("week")).contains(KpiGrouping.WEEK);
        assertThat(KpiGrouping.parse("WEEK")).isEmpty();
        assertThat(KpiGrouping.parse("customer")).isEmpty();
    }

    private static KpiReport report(KpiGrouping grouping) {
        Map<String, String> names = Map.of("kim", "김민지");
        return KpiService.report(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29), grouping, facts(), SEOUL,
                agent -> names.getOrDefault(agent, agent));
    }
}
