package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import java.util.Objects;
import org.liaisondesk.register.cases.model.PartyMasking;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * One record a suggestion rests on or shows: a case (its acceptance date and name, parties masked), a lead (its
 * receipt date and the first words of its description) or a recommendation (its service date, number, title, tier
 * and status). {@code label} never holds an unmasked party name; {@code involvesMinor} marks records about minors.
 */
public record SuggestionEvidence(Kind kind, long id, LocalDate date, String label, String number, Tier tier,
                                 LadderStatus status, boolean involvesMinor) implements Comparable<SuggestionEvidence> {
    /** How many characters of a lead's description an evidence line shows. */
    public static final int LEAD_EXCERPT = 40;

    /** In the order evidence keys list them: cases, leads, recommendations. */
    public enum Kind {
        MATTER, LEAD, RECOMMENDATION;

        public String messageKey() {
            return "ladder.suggest.evidence." + name();
        }
    }

    public SuggestionEvidence {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        number = number == null ? "" : number;
    }

    public static SuggestionEvidence matter(long id, LocalDate acceptedOn, String name, String parties,
                                            String officeNumber, boolean involvesMinor) {
        return new SuggestionEvidence(Kind.MATTER, id, acceptedOn, PartyMasking.maskIn(name, parties), officeNumber,
                null, null, involvesMinor);
    }

    public static SuggestionEvidence lead(long id, LocalDate receivedOn, String description, SupervisionField field) {
        return new SuggestionEvidence(Kind.LEAD, id, receivedOn, LookAlike.excerpt(description, LEAD_EXCERPT), "",
                null, null, field == SupervisionField.MINORS);
    }

    public static SuggestionEvidence recommendation(long id, LocalDate servedOn, String title, String number,
                                                    Tier tier, LadderStatus status) {
        return new SuggestionEvidence(Kind.RECOMMENDATION, id, servedOn, title, number, tier, status, false);
    }

    /** "MATTER:3": how the record is written in an evidence key. */
    public String key() {
        return kind.name() + ":" + id;
    }

    /** The case or lead as a link of a new recommendation; empty for a recommendation. */
    public java.util.Optional<RecordLink> asLink() {
        return switch (kind) {
            case MATTER -> java.util.Optional.of(RecordLink.matter(id));
            case LEAD -> java.util.Optional.of(RecordLink.lead(id));
            case RECOMMENDATION -> java.util.Optional.empty();
        };
    }

    @Override
    public int compareTo(SuggestionEvidence other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Long.compare(id, other.id);
    }
}
