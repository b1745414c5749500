package org.liaisondesk.workload.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Every {@link Metric} of one period and scope; a figure nothing was counted for is 0. */
public record Figures(Map<Metric, Long> values) {
    public Figures {
        EnumMap<Metric, Long> all = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            all.put(m, 0L);
        }
        all.putAll(values);
        values = Collections.unmodifiableMap(all);
    }

    public static Figures empty() {
        return new Figures(Map.of());
    }

    public long get(Metric metric) {
        return values.get(metric);
    }

    public Rate rate(RateKind kind, RateConventions conventions) {
        Metric[] terms = conventions.terms(kind);
        return new Rate(kind, terms[0], terms[1], get(terms[0]), get(terms[1]));
    }

    /** True when the period holds nothing at all: the paragraph says so instead of listing zeros. */
    public boolean isEmpty() {
        return values.values().stream().allMatch(v -> v == 0);
    }
}
