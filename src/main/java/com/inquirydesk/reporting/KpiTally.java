package com.inquirydesk.reporting;

import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the database counted for one group of a KPI report: counts and sums, and the response and resolution
 * times as histograms (minutes → how many inquiries), from which {@link KpiMetrics} takes exact medians and
 * percentiles without the rows. Every fact belongs to exactly one group, so the total is the sum of the groups.
 */
final class KpiTally {

    /** The five optional survey criteria (1–5 each) and their columns in survey_response. */
    enum Criterion {
        RETENTION("retention"), PRODUCT_EXPERIENCE("product_experience"), ONLINE_EXPERIENCE("online_experience"),
        WAIT_TIME("wait_time"), EXPECTATIONS_MET("expectations_met");

        final String column;

        Criterion(String column) {
            this.column = column;
        }
    }

    long received;
    final NavigableMap<Double, Long> firstResponseMinutes = new TreeMap<>();
    final NavigableMap<Double, Long> resolutionMinutes = new TreeMap<>();
    long reopened;
    long resolvedAtFirstContact;
    long closures;
    long selfService;
    long answers;
    long csatSum;
    long satisfied;
    long cesSum;
    long promoters;
    long detractors;
    final long[] criterionSums = new long[Criterion.values().length];
    final long[] criterionCounts = new long[Criterion.values().length];
    long slaOutcomes;
    long slaMet;

    long resolutions() {
        return resolutionMinutes.values().stream().mapToLong(Long::longValue).sum();
    }

    Double criterionAverage(Criterion criterion) {
        return KpiMetrics.average(criterionSums[criterion.ordinal()], criterionCounts[criterion.ordinal()]);
    }

    void add(KpiTally other) {
        received += other.received;
        other.firstResponseMinutes.forEach((minutes, count) -> firstResponseMinutes.merge(minutes, count, Long::sum));
        other.resolutionMinutes.forEach((minutes, count) -> resolutionMinutes.merge(minutes, count, Long::sum));
        reopened += other.reopened;
        resolvedAtFirstContact += other.resolvedAtFirstContact;
        closures += other.closures;
        selfService += other.selfService;
        answers += other.answers;
        csatSum += other.csatSum;
        satisfied += other.satisfied;
        cesSum += other.cesSum;
        promoters += other.promoters;
        detractors += other.detractors;
        for (int c = 0; c < criterionSums.length; c++) {
            criterionSums[c] += other.criterionSums[c];
            criterionCounts[c] += other.criterionCounts[c];
        }
        slaOutcomes += other.slaOutcomes;
        slaMet += other.slaMet;
    }
}
