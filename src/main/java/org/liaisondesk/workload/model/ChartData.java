package org.liaisondesk.workload.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one chart shows, straight from the statistics queries, and the table behind it: categories along the axis
 * (or slices), and one series per segment or line with a value per category. Keys identify what a bar or slice
 * counts (for opening the records behind it); labels are what people read. A value is null where there is none
 * (a rate with a zero denominator). {@code caption} says what is counted and, for rates, the denominators.
 */
public record ChartData(ChartKind kind, String title, String caption, List<Category> categories, List<Series> series) {
    public record Category(String key, String label) {
        public Category {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    public record Series(String key, String label, List<Double> values) {
        public Series {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public ChartData {
        Objects.requireNonNull(kind, "kind");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(s.key() + ": " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    /** True when every value is zero or missing: the chart says "本期无数据" instead of drawing empty axes. */
    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null || v == 0);
    }

    /** True for stacked bars, whose table behind them gets a 合计 column. */
    public boolean stacked() {
        return kind.style() == ChartKind.Style.STACKED_BAR || kind.style() == ChartKind.Style.STACKED_HORIZONTAL_BAR;
    }

    /**
     * A value as the table behind the chart writes it: 12, 2.5, or 85.7% on the rates chart (one decimal at most);
     * "—" where there is none.
     */
    public String text(Double value) {
        if (value == null) {
            return Rate.NONE;
        }
        String number = java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return kind == ChartKind.RATES_OVER_TIME ? number + "%" : number;
    }

    /** The sum of a category over every series (the height of a stacked bar). */
    public double total(int category) {
        return series.stream().map(s -> s.values().get(category)).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }
}
