package org.liaisondesk.workload.model;

import java.util.Objects;

/**
 * A bar, point or slice a person clicked: the chart, the category key and the series key (null for single-series
 * charts and pies). The records behind it are what that bar counted.
 */
public record DrillTarget(ChartKind chart, String categoryKey, String seriesKey) {
    public DrillTarget {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(categoryKey, "categoryKey");
    }
}
