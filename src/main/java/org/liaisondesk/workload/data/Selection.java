package org.liaisondesk.workload.data;

import java.util.Objects;
import java.util.Set;
import org.liaisondesk.workload.model.RecordKind;

/**
 * What one series of a chart counts: the records of one kind in the scope (its period, station and prosecutor),
 * put in the period by one of their dates, and grouped by one column. The bars and the records listed behind a
 * bar come from the same selection, so that they always agree.
 */
public record Selection(RecordKind kind, Basis basis, Grouping grouping) {
    /** Which date puts a record in the period. */
    public enum Basis {
        /** The date each kind is counted by: visit date, date received, accepted, held, issued. */
        REGISTERED,
        /** Leads decided (any triage but 待研判), by the day they were triaged. */
        TRIAGED
    }

    private static final Set<RecordKind> WITH_BUSINESS_LINE = Set.of(RecordKind.MATTER, RecordKind.RECOMMENDATION);
    private static final Set<RecordKind> WITH_FIELD = Set.of(RecordKind.LEAD, RecordKind.MATTER,
            RecordKind.RECOMMENDATION);

    public Selection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(grouping, "grouping");
        boolean fits = switch (grouping) {
            case MONTH, STATION, PROSECUTOR -> true;
            case BUSINESS_LINE -> WITH_BUSINESS_LINE.contains(kind);
            case FIELD -> WITH_FIELD.contains(kind);
            case SOURCE, STARS -> kind == RecordKind.LEAD;
            case STAGE -> kind == RecordKind.RECOMMENDATION;
        };
        if (!fits || (basis == Basis.TRIAGED && kind != RecordKind.LEAD)) {
            throw new IllegalArgumentException(kind + " cannot be counted by " + basis + " and " + grouping);
        }
    }

    /** Records of {@code kind} by the date they are registered by, grouped by {@code grouping}. */
    public static Selection of(RecordKind kind, Grouping grouping) {
        return new Selection(kind, Basis.REGISTERED, grouping);
    }
}
