package org.liaisondesk.workload.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A rate with the figures it divides, so that it is never shown without its denominator: reply rate = 已回复 ÷ 已制发.
 * A zero denominator has no rate: {@link #text()} is "—", never an error or 0%.
 */
public record Rate(RateKind kind, Metric numerator, Metric denominator, long num, long den) {
    public static final String NONE = "—";

    public Rate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /** The rate in percent, empty when the denominator is zero. */
    public OptionalDouble percent() {
        return den == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * num / den);
    }

    /** How it is computed, in the current language: 回复率 = 已回复 ÷ 制发检察建议. */
    public String formula() {
        return org.liaisondesk.common.i18n.Messages.tr("workload.rate.formula",
                org.liaisondesk.common.i18n.Messages.tr(kind.messageKey()),
                org.liaisondesk.common.i18n.Messages.tr(numerator.messageKey()),
                org.liaisondesk.common.i18n.Messages.tr(denominator.messageKey()));
    }

    /** 85.7% (one decimal, trailing .0 dropped: 50%), or "—" when there is nothing to divide by. */
    public String text() {
        if (den == 0) {
            return NONE;
        }
        BigDecimal p = BigDecimal.valueOf(num * 1000L).divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_UP)
                .movePointLeft(1).stripTrailingZeros();
        return p.toPlainString() + "%";
    }
}
