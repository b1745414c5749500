package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * A step up the ladder the app suggests on {@code asOf}, with its evidence and a plain-language reason.
 * <ul>
 * <li>{@code targetTier}: the tier of the document it would draft; null for {@link SuggestionRule#LAWSUIT}.</li>
 * <li>{@code escalationReason}: why the earlier document is escalated; null for {@link SuggestionRule#CLASS_CASE}.</li>
 * <li>{@code recommendationId}: the recommendation the suggestion is about; null for a class-case suggestion.</li>
 * <li>{@code evidenceKey}: the records it rests on, sorted (see {@link SuggestionRules#evidenceKey}); a dismissal
 * is kept under the rule and this key.</li>
 * <li>{@code draft}: the draft accepting it would save (its recipient may be null when no regulator is known);
 * null for a lawsuit, which is recorded on the recommendation itself.</li>
 * <li>{@code targetName}: the recipient the draft is addressed to, "" when unknown.</li>
 * </ul>
 */
public record Suggestion(
        SuggestionRule rule,
        LocalDate asOf,
        Tier targetTier,
        EscalationReason escalationReason,
        Long recommendationId,
        SupervisionField field,
        String problem,
        List<SuggestionEvidence> evidence,
        String evidenceKey,
        String reason,
        Recommendation draft,
        String targetName) {

    public Suggestion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidenceKey, "evidenceKey");
        evidence = List.copyOf(evidence);
        problem = problem == null ? "" : problem;
        reason = reason == null ? "" : reason;
        targetName = targetName == null ? "" : targetName;
    }

    /** The same rule on the same evidence: what a dismissal remembers. */
    public boolean sameAs(Suggestion other) {
        return rule == other.rule && evidenceKey.equals(other.evidenceKey);
    }
}
