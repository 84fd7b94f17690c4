package com.inquirydesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measurements of one kind (milliseconds or requests per second) and their order statistics. */
final class Samples {

    private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

    void add(double value) {
        values.add(value);
    }

    void copyInto(Samples other) {
        synchronized (values) {
            values.forEach(other::add);
        }
    }

    int size() {
        return values.size();
    }

    double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile; NaN when nothing was measured. */
    double percentile(double p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    double min() {
        return percentile(0);
    }

    double max() {
        return percentile(100);
    }
}
