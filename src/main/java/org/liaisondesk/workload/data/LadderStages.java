package org.liaisondesk.workload.data;

import java.time.LocalDate;
import org.liaisondesk.workload.model.Metric;

/**
 * Where a recommendation of the cohort ({@code t}) stands, as SQL conditions: one per figure of the ladder. The
 * figures count with them and the funnel lists its records with them, so both always agree.
 */
final class LadderStages {
    private LadderStages() {
    }

    /** The condition of {@code stage} (a metric of the LADDER group), followed to {@code today}. */
    static String condition(Metric stage, LocalDate today) {
        return switch (stage) {
            case ISSUED -> "1 = 1";
            case ISSUED_INDIVIDUAL -> "t.tier = 'INDIVIDUAL'";
            case ISSUED_CLASS -> "t.tier = 'CLASS'";
            case ISSUED_SPECIAL_REPORT -> "t.tier = 'SPECIAL_REPORT'";
            case SERVED -> "t.served_on IS NOT NULL";
            // A LocalDate's ISO text, never user input: inlined so that the condition also works in a SELECT list.
            case DUE -> "t.reply_due_on <= '" + today + "'";
            case REPLIED -> "t.replied_on IS NOT NULL";
            case ADOPTED -> "t.reply_outcome = 'ADOPTED'";
            case PARTLY_ADOPTED -> "t.reply_outcome = 'PARTLY'";
            case RECTIFIED -> "t.rectification = 'DONE'";
            // Escalated once a higher-tier document citing it was issued (the ladder marks it then); a draft that
            // cites it is not an escalation yet, and a deleted one never was.
            case ESCALATED -> "EXISTS (SELECT 1 FROM recommendation_escalation e JOIN recommendation later "
                    + "ON later.id = e.later_id WHERE e.earlier_id = t.id AND later.deleted_at IS NULL "
                    + "AND later.issued_on IS NOT NULL)";
            // LadderState sets this status on the LAWSUIT_FILED step and it is final (nothing is recorded after
            // it); filed_on is 报上级院备案, not a lawsuit.
            case LAWSUITS -> "t.status = 'LAWSUIT_FILED'";
            default -> throw new IllegalArgumentException(stage + " is not a figure of the ladder");
        };
    }
}
