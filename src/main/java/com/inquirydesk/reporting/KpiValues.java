package com.inquirydesk.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The KPIs of one group of facts. Shares are fractions from 0 to 1, NPS runs from −100 to 100, times are
 * minutes. A value is {@code null} when the group has nothing to measure it on; it stays in the JSON as
 * null so that a client can tell "no data" from a missing field.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiValues(
        int inquiries,
        int surveyAnswers,
        Double csatAverage,
        Double csatSatisfiedShare,
        Double npsScore,
        Double cesAverage,
        Double firstResponseMedianMinutes,
        Double firstResponseP90Minutes,
        Double resolutionMedianMinutes,
        Double resolutionP90Minutes,
        Double slaMetShare,
        Double selfServiceShare,
        Double reopenShare,
        Double firstContactResolutionShare,
        Double retentionAverage,
        Double productExperienceAverage,
        Double onlineExperienceAverage,
        Double waitTimeAverage,
        Double expectationsMetAverage) {

    static KpiValues of(KpiTally t) {
        return new KpiValues(
                Math.toIntExact(t.received),
                Math.toIntExact(t.answers),
                KpiMetrics.average(t.csatSum, t.answers),
                KpiMetrics.share(t.satisfied, t.answers),
                KpiMetrics.netPromoterScore(t.promoters, t.detractors, t.answers),
                KpiMetrics.average(t.cesSum, t.answers),
                KpiMetrics.median(t.firstResponseMinutes),
                KpiMetrics.percentile(t.firstResponseMinutes, 90),
                KpiMetrics.median(t.resolutionMinutes),
                KpiMetrics.percentile(t.resolutionMinutes, 90),
                KpiMetrics.share(t.slaMet, t.slaOutcomes),
                KpiMetrics.share(t.selfService, t.closures),
                KpiMetrics.share(t.reopened, t.resolutions()),
                KpiMetrics.firstContactResolutionShare(t.resolvedAtFirstContact, t.resolutions()),
                t.criterionAverage(KpiTally.Criterion.RETENTION),
                t.criterionAverage(KpiTally.Criterion.PRODUCT_EXPERIENCE),
                t.criterionAverage(KpiTally.Criterion.ONLINE_EXPERIENCE),
                t.criterionAverage(KpiTally.Criterion.WAIT_TIME),
                t.criterionAverage(KpiTally.Criterion.EXPECTATIONS_MET));
    }

    /** The same values rounded for people: averages to 2 places, shares to 4, NPS and minutes to 1. */
    public KpiValues rounded() {
        return new KpiValues(inquiries, surveyAnswers, round(csatAverage, 2), round(csatSatisfiedShare, 4),
                round(npsScore, 1), round(cesAverage, 2), round(firstResponseMedianMinutes, 1),
                round(firstResponseP90Minutes, 1), round(resolutionMedianMinutes, 1), round(resolutionP90Minutes, 1),
                round(slaMetShare, 4), round(selfServiceShare, 4), round(reopenShare, 4),
                round(firstContactResolutionShare, 4), round(retentionAverage, 2), round(productExperienceAverage, 2),
                round(onlineExperienceAverage, 2), round(waitTimeAverage, 2), round(expectationsMetAverage, 2));
    }

    static Double round(Double value, int places) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
