package org.liaisondesk.workload.model;

/**
 * The charts of the statistics, in the order they are shown and printed. Title and caption (what is counted, and
 * each rate's denominator) are in the bundle: {@code workload.chart.<NAME>} and {@code workload.chart.<NAME>.caption}.
 */
public enum ChartKind {
    /** Records registered per month, one stacked segment per {@link RecordKind}; categories are months (2026-03). */
    MONTHLY_WORK(Style.STACKED_BAR),
    /** Records per station, stacked by {@link RecordKind}; categories are station ids ("none": no station). */
    BY_STATION(Style.STACKED_HORIZONTAL_BAR),
    /** Records per prosecutor, stacked by {@link RecordKind}; categories are prosecutor ids ("none"). */
    BY_PROSECUTOR(Style.STACKED_HORIZONTAL_BAR),
    /** Cases accepted and recommendations issued per business line; categories are BusinessLine names. */
    BY_BUSINESS_LINE(Style.BAR),
    /** Leads received and cases accepted per field; categories are the stored field values. */
    BY_FIELD(Style.BAR),
    /** Leads received per source; categories are LeadSource names. */
    LEAD_SOURCES(Style.PIE),
    /** Leads received per star rating; categories "5" … "1" and "none" (not rated). */
    LEAD_RATINGS(Style.BAR),
    /** The ladder's funnel for the recommendations issued in the period; categories are {@link Metric} names. */
    LADDER_FUNNEL(Style.BAR),
    /** The rates per month (the recommendations issued, the leads triaged that month); series are {@link RateKind} names. */
    RATES_OVER_TIME(Style.LINE);

    /** How the chart is drawn. */
    public enum Style { STACKED_BAR, STACKED_HORIZONTAL_BAR, BAR, PIE, LINE }

    private final Style style;

    ChartKind(Style style) {
        this.style = style;
    }

    public Style style() {
        return style;
    }

    public String messageKey() {
        return "workload.chart." + name();
    }

    public String captionKey() {
        return "workload.chart." + name() + ".caption";
    }
}
