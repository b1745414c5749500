package org.liaisondesk.bench;

/**
 * A number from issue 9 that a measurement must reach: {@code statistic} (p50 or p95) at most {@code limit}
 * in the measurement's unit.
 */
public record Target(String statistic, double limit) {
    public static final Target LIST_PAGE = p95(50);
    public static final Target COUNT = p95(200);
    public static final Target SEARCH_LONG = p95(100);
    public static final Target SEARCH_SHORT = p95(300);
    public static final Target SAVE = p95(50);
    public static final Target YEAR_STATISTICS = p95(1000);
    public static final Target HUNDRED_DOCUMENTS = p95(5000);
    public static final Target IMPORT = p95(60_000);
    public static final Target HEAP_MB = p95(512);
    public static final Target FX_STALL = p95(100);
    public static final Target FIRST_FRAME_RATIO = p95(1.5);
    public static final Target ENGINE_RATIO = p50(3);

    public static Target p95(double limit) {
        return new Target("p95", limit);
    }

    public static Target p50(double limit) {
        return new Target("p50", limit);
    }

    public boolean metBy(Stats stats) {
        return ("p50".equals(statistic) ? stats.p50() : stats.p95()) <= limit;
    }

    public String describe(String unit) {
        return statistic + " ≤ " + Measurement.format(limit) + " " + unit;
    }
}
