package org.liaisondesk.workload.model;

import java.util.Objects;
import org.liaisondesk.settings.model.StatisticsSettings;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;

/** Which denominators the reply and adoption rates use (设置 → 统计口径); the captions say which. */
public record RateConventions(ReplyRateBase reply, AdoptionRateBase adoption) {
    public static final RateConventions DEFAULT = new RateConventions(ReplyRateBase.ISSUED, AdoptionRateBase.REPLIED);

    public RateConventions {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(adoption, "adoption");
    }

    public static RateConventions of(StatisticsSettings settings) {
        return new RateConventions(settings.getReplyRateBase(), settings.getAdoptionRateBase());
    }

    /** The figures a rate divides under these conventions: numerator, then denominator. */
    public Metric[] terms(RateKind kind) {
        return switch (kind) {
            case REPLY -> new Metric[] {Metric.REPLIED, reply == ReplyRateBase.DUE ? Metric.DUE : Metric.ISSUED};
            case ADOPTION -> new Metric[] {Metric.ADOPTED,
                    adoption == AdoptionRateBase.ISSUED ? Metric.ISSUED : Metric.REPLIED};
            case RECTIFICATION -> new Metric[] {Metric.RECTIFIED, Metric.ADOPTED};
            case LEAD_CONVERSION -> new Metric[] {Metric.LEADS_TO_CASES, Metric.LEADS_TRIAGED};
        };
    }
}
