package org.liaisondesk.workload.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure moved against an earlier period (环比 against the previous one, 同比 against the same one last year):
 * +12.5%, -3%, 持平 (0), or "—" when the earlier figure is 0 and no percentage exists.
 */
public record Change(long now, long before) {
    /** The change in percent, or null when {@code before} is 0. */
    public Double percent() {
        return before == 0 ? null : 100.0 * (now - before) / before;
    }

    public String text() {
        if (before == 0) {
            return Rate.NONE;
        }
        if (now == before) {
            return "0%";
        }
        BigDecimal p = BigDecimal.valueOf((now - before) * 1000L).divide(BigDecimal.valueOf(before), 0,
                RoundingMode.HALF_UP).movePointLeft(1).stripTrailingZeros();
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }
}
