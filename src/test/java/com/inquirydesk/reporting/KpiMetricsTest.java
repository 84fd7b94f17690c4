package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KpiMetricsTest {

    @Test
    void csatAverageAndSatisfiedShareCountFourAndFiveAsSatisfied() {
        List<Integer> csat = List.of(5, 4, 3, 2, 1, 5);

        assertThat(KpiMetrics.average(csat)).isEqualTo(20 / 6.0);
        assertThat(KpiMetrics.satisfiedShare(csat)).isEqualTo(0.5);
        assertThat(KpiMetrics.satisfiedShare(List.of(4, 4, 3, 5))).isEqualTo(0.75);
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercentPoints() {
        assertThat(KpiMetrics.netPromoterScore(List.of(10, 9, 8, 7, 6, 0))).isEqualTo(0.0);
        assertThat(KpiMetrics.netPromoterScore(List.of(10, 9, 9, 6, 3))).isEqualTo(20.0);
        assertThat(KpiMetrics.netPromoterScore(List.of(0, 6, 7, 8))).isEqualTo(-50.0);
        assertThat(KpiMetrics.netPromoterScore(List.of(10, 10))).isEqualTo(100.0);
        assertThat(KpiMetrics.netPromoterScore(List.of(5))).isEqualTo(-100.0);
    }

    @Test
    void cesAverage() {
        assertThat(KpiMetrics.average(List.of(2, 3, 4, 7))).isEqualTo(4.0);
    }

    @Test
    void medianTakesTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        assertThat(KpiMetrics.median(List.of(30.0, 10.0, 20.0))).isEqualTo(20.0);
        assertThat(KpiMetrics.median(List.of(40.0, 10.0, 30.0, 20.0))).isEqualTo(25.0);
        assertThat(KpiMetrics.median(List.of(7.5))).isEqualTo(7.5);
    }

    @Test
    void percentileIsNearestRankAlwaysAMeasuredValue() {
        List<Integer> oneToTen = IntStream.rangeClosed(1, 10).boxed().toList();
        List<Integer> oneToTwenty = IntStream.rangeClosed(1, 20).boxed().toList();

        // rank = ceil(p/100 * n)
        assertThat(KpiMetrics.percentile(oneToTen, 90)).isEqualTo(9.0);
        assertThat(KpiMetrics.percentile(oneToTwenty, 90)).isEqualTo(18.0);
        assertThat(KpiMetrics.percentile(List.of(5, 1, 4, 2, 3), 90)).isEqualTo(5.0);
        assertThat(KpiMetrics.percentile(List.of(10, 20, 30), 90)).isEqualTo(30.0);
        assertThat(KpiMetrics.percentile(List.of(42), 90)).isEqualTo(42.0);
        assertThat(KpiMetrics.percentile(List.of(10, 20, 30, 40), 50)).as("p50 is not the interpolated median")
                .isEqualTo(20.0);
        assertThat(KpiMetrics.percentile(List.of(10, 20, 30, 40), 100)).isEqualTo(40.0);
        assertThatThrownBy(() -> KpiMetrics.percentile(oneToTen, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void criterionAverageLeavesOutAnswersWithoutTheCriterion() {
        assertThat(KpiMetrics.criterionAverage(Arrays.asList(5, null, 2, null))).isEqualTo(3.5);
        assertThat(KpiMetrics.criterionAverage(Arrays.asList(null, null))).as("nobody rated it").isNull();
        assertThat(KpiMetrics.criterionAverage(List.of())).isNull();
    }

    @Test
    void firstContactResolutionNeedsOneAgentAnswerAtMostAndNoReopening() {
        assertThat(KpiMetrics.AGENT_ANSWERS_AT_FIRST_CONTACT).isEqualTo(1);
        assertThat(KpiMetrics.firstContactResolutionShare(3, 4)).isEqualTo(0.75);
        assertThat(KpiMetrics.firstContactResolutionShare(0, 0)).as("nothing resolved").isNull();
    }

    @Test
    void histogramsGiveTheSameMedianAndPercentileAsTheValuesThemselves() {
        // 10, 10, 20, 30, 30, 30, 40, 90 as value -> count
        NavigableMap<Double, Long> histogram = new TreeMap<>(Map.of(10.0, 2L, 20.0, 1L, 30.0, 3L, 40.0, 1L, 90.0, 1L));
        List<Integer> values = List.of(10, 10, 20, 30, 30, 30, 40, 90);

        assertThat(KpiMetrics.median(histogram)).isEqualTo(30.0).isEqualTo(KpiMetrics.median(values));
        assertThat(KpiMetrics.percentile(histogram, 90)).isEqualTo(90.0).isEqualTo(KpiMetrics.percentile(values, 90));
        assertThat(KpiMetrics.percentile(histogram, 50)).isEqualTo(30.0);
        assertThat(KpiMetrics.percentile(histogram, 25)).isEqualTo(10.0);
        assertThat(KpiMetrics.median(new TreeMap<>(Map.of(10.0, 1L, 20.0, 1L)))).as("mean of the two middle values")
                .isEqualTo(15.0);
        assertThat(KpiMetrics.median(new TreeMap<Double, Long>())).isNull();
        assertThat(KpiMetrics.percentile(new TreeMap<Double, Long>(), 90)).isNull();
    }

    @Test
    void averagesAndNpsFromCounts() {
        assertThat(KpiMetrics.average(11, 3)).isEqualTo(11 / 3.0);
        assertThat(KpiMetrics.average(0, 0)).isNull();
        assertThat(KpiMetrics.netPromoterScore(2, 1, 5)).isEqualTo(20.0);
        assertThat(KpiMetrics.netPromoterScore(0, 0, 0)).isNull();
    }

    @Test
    void nothingToMeasureIsNullNotZero() {
        assertThat(KpiMetrics.average(List.of())).isNull();
        assertThat(KpiMetrics.satisfiedShare(List.of())).isNull();
        assertThat(KpiMetrics.netPromoterScore(List.of())).isNull();
        assertThat(KpiMetrics.median(List.of())).isNull();
        assertThat(KpiMetrics.percentile(List.of(), 90)).isNull();
        assertThat(KpiMetrics.share(0, 0)).isNull();
        assertThat(KpiMetrics.share(0, 3)).isEqualTo(0.0);
        assertThat(KpiMetrics.share(1, 4)).isEqualTo(0.25);
    }
}
