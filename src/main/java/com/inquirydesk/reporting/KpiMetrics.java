package com.inquirydesk.reporting;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The arithmetic of the service KPIs, kept free of data access so that every definition is pinned by a
 * unit test. Each function answers {@code null} when there is nothing to measure, so a report can tell
 * "no data" from zero. The report's SQL only counts and sums (see {@link KpiRepository}); the thresholds it
 * counts by are the constants here.
 */
public final class KpiMetrics {

    /** CSAT answers of 4 and 5 (of 1–5) count as satisfied. */
    public static final int SATISFIED_FROM = 4;
    /** NPS answers of 9 and 10 are promoters, 0 to 6 detractors. */
    public static final int PROMOTER_FROM = 9;
    public static final int DETRACTOR_UP_TO = 6;
    /**
     * An inquiry is resolved at the first contact when the customer got at most this many agent answers before
     * it was resolved (the answer that resolved it included) and never reopened it.
     */
    public static final int AGENT_ANSWERS_AT_FIRST_CONTACT = 1;

    private KpiMetrics() {
    }

    public static Double average(Collection<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        return average(values.stream().mapToLong(Integer::longValue).sum(), values.size());
    }

    /** {@code sum / count}, or {@code null} when nothing was counted. */
    public static Double average(long sum, long count) {
        return count == 0 ? null : sum / (double) count;
    }

    /**
     * Average of one of the five optional survey criteria (retention, product experience, online experience,
     * wait time, expectations met; 1–5 each). Answers that left the criterion out ({@code null}) are not
     * counted; when nobody answered it the average is {@code null}.
     */
    public static Double criterionAverage(Collection<Integer> values) {
        return average(values.stream().filter(Objects::nonNull).toList());
    }

    /**
     * First contact resolution: of the inquiries resolved in the period, the share resolved at the first contact
     * (see {@link #AGENT_ANSWERS_AT_FIRST_CONTACT}). {@code null} when nothing was resolved.
     */
    public static Double firstContactResolutionShare(long resolvedAtFirstContact, long resolved) {
        return share(resolvedAtFirstContact, resolved);
    }

    /** Share of CSAT answers 4–5 over all CSAT answers. */
    public static Double satisfiedShare(Collection<Integer> csat) {
        return share(csat.stream().filter(score -> score >= SATISFIED_FROM).count(), csat.size());
    }

    /** Net promoter score from −100 to 100: share of 9–10 minus share of 0–6, times 100. */
    public static Double netPromoterScore(Collection<Integer> nps) {
        return netPromoterScore(nps.stream().filter(score -> score >= PROMOTER_FROM).count(),
                nps.stream().filter(score -> score <= DETRACTOR_UP_TO).count(), nps.size());
    }

    /** Net promoter score from the counts of promoters and detractors among {@code answers}. */
    public static Double netPromoterScore(long promoters, long detractors, long answers) {
        return answers == 0 ? null : (promoters - detractors) * 100.0 / answers;
    }

    /** {@code part / whole}, or {@code null} when there is no whole to divide by. */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }

    /**
     * The classic median: the middle value of the sorted values, or the mean of the two middle values when
     * their number is even.
     */
    public static Double median(Collection<? extends Number> values) {
        return median(histogram(values));
    }

    /** {@link #median(Collection)} of values given as a histogram (value → how many times it occurs). */
    public static Double median(NavigableMap<Double, Long> histogram) {
        long n = count(histogram);
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? valueAtRank(histogram, (n + 1) / 2)
                : (valueAtRank(histogram, n / 2) + valueAtRank(histogram, n / 2 + 1)) / 2;
    }

    /**
     * Nearest-rank percentile: the smallest value such that at least {@code p} percent of the values are
     * less than or equal to it, i.e. the value at rank ⌈p/100 × n⌉ (1-based) of the sorted values. It is always
     * one of the measured values, never an interpolation, so "p90 = 95 minutes" means a real inquiry waited 95.
     */
    public static Double percentile(Collection<? extends Number> values, double p) {
        return percentile(histogram(values), p);
    }

    /** {@link #percentile(Collection, double)} of values given as a histogram (value → how many times it occurs). */
    public static Double percentile(NavigableMap<Double, Long> histogram, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        long n = count(histogram);
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.ceil(p / 100.0 * n);
        return valueAtRank(histogram, Math.max(rank, 1));
    }

    private static NavigableMap<Double, Long> histogram(Collection<? extends Number> values) {
        NavigableMap<Double, Long> histogram = new TreeMap<>();
        values.forEach(value -> histogram.merge(value.doubleValue(), 1L, Long::sum));
        return histogram;
    }

    private static long count(Map<Double, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The value at a 1-based rank of the sorted values. */
    private static double valueAtRank(NavigableMap<Double, Long> histogram, long rank) {
        long seen = 0;
        for (Map.Entry<Double, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " values");
    }
}
