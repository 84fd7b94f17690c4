package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KPI values, row order, labels and the total on fixed tallies (what the database counts; the counting itself is
 * pinned by KpiReportApiIT on real rows).
 */
class KpiServiceTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Two billing inquiries: first responses after 30 and 90 minutes, one resolved at first contact. */
    static KpiTally billing() {
        KpiTally t = new KpiTally();
        t.received = 2;
        t.firstResponseMinutes.put(30.0, 1L);
        t.firstResponseMinutes.put(90.0, 1L);
        t.resolutionMinutes.put(120.0, 1L);
        t.resolutionMinutes.put(480.0, 1L);
        t.reopened = 1;
        t.resolvedAtFirstContact = 1;
        t.closures = 2;
        t.selfService = 1;
        // answers: CSAT 5 and 2, CES 2 and 6, NPS 10 and 3; retention 5 and 2, product experience only 4
        t.answers = 2;
        t.csatSum = 7;
        t.satisfied = 1;
        t.cesSum = 8;
        t.promoters = 1;
        t.detractors = 1;
        criterion(t, KpiTally.Criterion.RETENTION, 7, 2);
        criterion(t, KpiTally.Criterion.PRODUCT_EXPERIENCE, 4, 1);
        criterion(t, KpiTally.Criterion.WAIT_TIME, 4, 2);
        criterion(t, KpiTally.Criterion.EXPECTATIONS_MET, 7, 2);
        t.slaOutcomes = 2;
        t.slaMet = 1;
        return t;
    }

    /** One return: answered after 10 minutes, resolved after 60 with three answers, CSAT 4, NPS 8. */
    static KpiTally returns() {
        KpiTally t = new KpiTally();
        t.received = 1;
        t.firstResponseMinutes.put(10.0, 1L);
        t.resolutionMinutes.put(60.0, 1L);
        t.closures = 1;
        t.answers = 1;
        t.csatSum = 4;
        t.satisfied = 1;
        t.cesSum = 3;
        criterion(t, KpiTally.Criterion.RETENTION, 4, 1);
        criterion(t, KpiTally.Criterion.PRODUCT_EXPERIENCE, 5, 1);
        criterion(t, KpiTally.Criterion.ONLINE_EXPERIENCE, 3, 1);
        criterion(t, KpiTally.Criterion.WAIT_TIME, 3, 1);
        criterion(t, KpiTally.Criterion.EXPECTATIONS_MET, 4, 1);
        t.slaOutcomes = 1;
        t.slaMet = 1;
        return t;
    }

    /** An inquiry without category: received and answered after 600 minutes, nothing else. */
    static KpiTally unsorted() {
        KpiTally t = new KpiTally();
        t.received = 1;
        t.firstResponseMinutes.put(600.0, 1L);
        return t;
    }

    @Test
    void valuesOfOneGroup() {
        KpiValues values = KpiValues.of(billing());

        assertThat(values.inquiries()).isEqualTo(2);
        assertThat(values.surveyAnswers()).isEqualTo(2);
        assertThat(values.csatAverage()).isEqualTo(3.5);
        assertThat(values.csatSatisfiedShare()).isEqualTo(0.5);
        assertThat(values.npsScore()).isEqualTo(0.0);
        assertThat(values.cesAverage()).isEqualTo(4.0);
        assertThat(values.firstResponseMedianMinutes()).isEqualTo(60.0); // (30 + 90) / 2
        assertThat(values.firstResponseP90Minutes()).isEqualTo(90.0);
        assertThat(values.resolutionMedianMinutes()).isEqualTo(300.0);
        assertThat(values.slaMetShare()).isEqualTo(0.5);
        assertThat(values.selfServiceShare()).isEqualTo(0.5);
        assertThat(values.reopenShare()).isEqualTo(0.5);
        assertThat(values.firstContactResolutionShare()).isEqualTo(0.5);
        assertThat(values.retentionAverage()).isEqualTo(3.5);
        assertThat(values.productExperienceAverage()).as("only the answers that rated it").isEqualTo(4.0);
        assertThat(values.onlineExperienceAverage()).as("nobody rated it: null, not 0").isNull();
        assertThat(values.waitTimeAverage()).isEqualTo(2.0);
        assertThat(values.expectationsMetAverage()).isEqualTo(3.5);
    }

    @Test
    void nothingToMeasureIsNullNotZero() {
        KpiValues values = KpiValues.of(unsorted());

        assertThat(values.inquiries()).isEqualTo(1);
        assertThat(values.slaMetShare()).isNull();
        assertThat(values.csatAverage()).isNull();
        assertThat(values.npsScore()).isNull();
        assertThat(values.resolutionMedianMinutes()).isNull();
        assertThat(values.selfServiceShare()).isNull();
        assertThat(values.reopenShare()).isNull();
        assertThat(values.firstContactResolutionShare()).isNull();
        assertThat(values.retentionAverage()).isNull();
        assertThat(values.expectationsMetAverage()).isNull();
    }

    @Test
    void rowsInCategoryOrderWithUnsortedLastAndATotalOverAllGroups() {
        KpiReport report = KpiService.report(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29),
                KpiGrouping.CATEGORY, Map.of("NONE", unsorted(), "RETURN", returns(), "BILLING", billing()), SEOUL,
                agent -> agent);

        assertThat(report.rows()).extracting(KpiReport.Row::group).containsExactly("BILLING", "RETURN", "NONE");
        assertThat(report.rows()).extracting(KpiReport.Row::label).containsExactly("결제", "반품·환불", "미분류");
        assertThat(report.rows().get(1).values()).isEqualTo(new KpiValues(1, 1, 4.0, 1.0, 0.0, 3.0, 10.0, 10.0,
                60.0, 60.0, 1.0, 0.0, 0.0, 0.0, 4.0, 5.0, 3.0, 3.0, 4.0));
        assertThat(report.total().group()).isEqualTo("TOTAL");
        // The total is taken over the merged counts: its median is not an average of the groups' medians.
        assertThat(report.total().values()).isEqualTo(new KpiValues(4, 3, 3.67, 0.6667, 0.0, 3.67, 60.0, 600.0,
                120.0, 480.0, 0.6667, 0.3333, 0.3333, 0.3333, 3.67, 4.5, 3.0, 2.33, 3.67));
        assertThat(report.groupBy()).isEqualTo("category");
        assertThat(report.timeZone()).isEqualTo("Asia/Seoul");
    }

    @Test
    void agentsByIdWithDisplayNamesAndUnassignedLast() {
        KpiReport report = KpiService.report(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22),
                KpiGrouping.AGENT, Map.of("NONE", unsorted(), "lee", returns(), "kim", billing()), SEOUL,
                agent -> Map.of("kim", "김민지").getOrDefault(agent, agent));

        assertThat(report.rows()).extracting(KpiReport.Row::group).containsExactly("kim", "lee", "NONE");
        assertThat(report.rows()).extracting(KpiReport.Row::label).containsExactly("김민지", "lee", "미배정");
    }

    @Test
    void channelsInChannelOrderAndWeeksByDate() {
        KpiReport channels = KpiService.report(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22),
                KpiGrouping.CHANNEL, Map.of("CHAT", unsorted(), "EMAIL", returns(), "WEB", billing()), SEOUL, a -> a);
        assertThat(channels.rows()).extracting(KpiReport.Row::group).containsExactly("WEB", "EMAIL", "CHAT");
        assertThat(channels.rows()).extracting(KpiReport.Row::label).containsExactly("웹", "이메일", "채팅");

        KpiReport weeks = KpiService.report(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29),
                KpiGrouping.WEEK, Map.of("2026-11-23", returns(), "2026-11-16", billing()), SEOUL, a -> a);
        assertThat(weeks.rows()).extracting(KpiReport.Row::group).containsExactly("2026-11-16", "2026-11-23");
        assertThat(weeks.rows()).extracting(KpiReport.Row::label)
                .containsExactly("2026-11-16 ~ 2026-11-22", "2026-11-23 ~ 2026-11-29");
    }

    @Test
    void groupingParameterIsLowerCase() {
        assertThat(KpiGrouping.parse("week")).contains(KpiGrouping.WEEK);
        assertThat(KpiGrouping.parse("WEEK")).isEmpty();
        assertThat(KpiGrouping.parse("customer")).isEmpty();
    }

    private static void criterion(KpiTally tally, KpiTally.Criterion criterion, long sum, long count) {
        tally.criterionSums[criterion.ordinal()] = sum;
        tally.criterionCounts[criterion.ordinal()] = count;
    }
}
