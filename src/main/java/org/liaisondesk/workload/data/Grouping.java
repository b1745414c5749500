package org.liaisondesk.workload.data;

/**
 * The column a chart's bars are counted by. Keys are stored values as text: a month "2026-07", a station's or
 * prosecutor's id, a BusinessLine, a field, a LeadSource, a star count; {@link #NONE} where the record has none.
 */
public enum Grouping {
    MONTH, STATION, PROSECUTOR, BUSINESS_LINE, FIELD, SOURCE, STARS,
    /**
     * A stage of the ladder's cohort, keyed by a {@link org.liaisondesk.workload.model.Metric} of the LADDER group.
     * The stages overlap (a replied recommendation was served too), so they are listed one at a time, never grouped.
     */
    STAGE;

    /** The key of the records without a station, a prosecutor or a rating. */
    public static final String NONE = "none";

    /** True when a record may lack the value, so that {@link #NONE} is one of the keys. */
    public boolean nullable() {
        return this == STATION || this == PROSECUTOR || this == STARS;
    }
}
