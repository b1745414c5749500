package org.liaisondesk.workload.service;

import java.util.Objects;

/**
 * A row or column key of a chart's dataset: the model's key (for opening the records behind a bar) and the label
 * people read. JFreeChart draws a key with {@link #toString()}, so that is the label; keys are compared by their
 * key, so two stations with the same name stay apart.
 */
public record ChartKey(String key, String label) implements Comparable<ChartKey> {
    public ChartKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }

    @Override
    public int compareTo(ChartKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChartKey k && k.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
