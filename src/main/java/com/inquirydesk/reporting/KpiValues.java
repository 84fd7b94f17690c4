package com.inquirydesk.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    public static KpiValues of(KpiFacts facts) {
        List<Integer> csat = facts.answers().stream().map(KpiFacts.SurveyAnswer::csat).toList();
        List<Integer> ces = facts.answers().stream().map(KpiFacts.SurveyAnswer::ces).toList();
        List<Integer> nps = facts.answers().stream().map(KpiFacts.SurveyAnswer::nps).toList();
        List<Double> firstResponse = facts.firstResponses().stream().map(KpiFacts.FirstResponse::minutes).toList();
        List<Double> resolution = facts.resolutions().stream().map(KpiFacts.Resolution::minutes).toList();
        long met = facts.slaOutcomes().stream().filter(KpiFacts.SlaOutcome::met).count();
        long selfService = facts.closures().stream().filter(KpiFacts.Closure::selfService).count();
        long reopened = facts.resolutions().stream().filter(KpiFacts.Resolution::reopened).count();
        long firstContact = facts.resolutions().stream()
                .filter(r -> KpiMetrics.resolvedAtFirstContact(r.agentAnswers(), r.reopened())).count();
        return new KpiValues(
                facts.received().size(),
                facts.answers().size(),
                KpiMetrics.average(csat),
                KpiMetrics.satisfiedShare(csat),
                KpiMetrics.netPromoterScore(nps),
                KpiMetrics.average(ces),
                KpiMetrics.median(firstResponse),
                KpiMetrics.percentile(firstResponse, 90),
                KpiMetrics.median(resolution),
                KpiMetrics.percentile(resolution, 90),
                KpiMetrics.share(met, facts.slaOutcomes().size()),
                KpiMetrics.share(selfService, facts.closures().size()),
                KpiMetrics.share(reopened, facts.resolutions().size()),
                KpiMetrics.firstContactResolutionShare(firstContact, facts.resolutions().size()),
                criterion(facts, KpiFacts.SurveyAnswer::retention),
                criterion(facts, KpiFacts.SurveyAnswer::productExperience),
                criterion(facts, KpiFacts.SurveyAnswer::onlineExperience),
                criterion(facts, KpiFacts.SurveyAnswer::waitTime),
                criterion(facts, KpiFacts.SurveyAnswer::expectationsMet));
    }

    private static Double criterion(KpiFacts facts, Function<KpiFacts.SurveyAnswer, Integer> criterion) {
        List<Integer> values = new ArrayList<>(facts.answers().size());
        facts.answers().forEach(answer -> values.add(criterion.apply(answer)));
        return KpiMetrics.criterionAverage(values);
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
