package org.liaisondesk.bench;

import java.util.Arrays;
import java.util.List;

/** The summary of one measurement's samples: nearest-rank percentiles, in the measurement's unit. */
public record Stats(int n, double p50, double p95, double min, double max, double mean) {

    public static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[0],
                sorted[sorted.length - 1], Arrays.stream(sorted).average().orElseThrow());
    }

    /** A measurement that is one value (a heap size, a ratio). */
    public static Stats single(double value) {
        return of(List.of(value));
    }

    /** Nearest rank: the smallest sample with at least {@code percent} % of the samples at or below it. */
    static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
