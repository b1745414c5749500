package org.liaisondesk.ladder.model;

import static org.liaisondesk.ladder.model.EscalationReason.CAUSE_ABOVE_RECIPIENT;
import static org.liaisondesk.ladder.model.EscalationReason.NOT_ADOPTED;
import static org.liaisondesk.ladder.model.EscalationReason.NOT_RECTIFIED;
import static org.liaisondesk.ladder.model.EscalationReason.NOT_REPLIED;
import static org.liaisondesk.ladder.model.EscalationReason.OBJECTION_REJECTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a recommendation calls for the next step on the ladder, and where that step goes. Pure decisions over the
 * stored state of one document ({@link SuggestionCandidate}); the class-case rule (same problem in several cases and
 * leads) is counted in SQL.
 * <ul>
 * <li>NEXT_TIER: an individual or class-case recommendation (not public-interest) whose reply is overdue, that was
 * not adopted, or whose rectification was found not done (or partial once its return visit was due) → the tier
 * above.</li>
 * <li>SPECIAL_REPORT: a class-case recommendation not rectified or overdue, and any individual or class-case one
 * whose cause lies above the recipient → a special report. A class-case document that meets both rules is shown
 * once, as SPECIAL_REPORT.</li>
 * <li>LAWSUIT: a public-interest recommendation past its reply deadline and not rectified (no reply, not adopted,
 * rectification not done) → a public-interest lawsuit. Its cause lying above the recipient still gives
 * SPECIAL_REPORT.</li>
 * </ul>
 * Nothing is suggested for a finished document, for one being escalated by a live later document (the ladder goes
 * on from that one), or — except a lawsuit — for one already marked escalated.
 */
public final class SuggestionRules {
    private SuggestionRules() {
    }

    /** One step a document calls for: the rule, the tier of the new document (null for a lawsuit) and why. */
    public record Finding(SuggestionRule rule, Tier targetTier, EscalationReason reason) {
    }

    public static List<Finding> findings(SuggestionCandidate c, LocalDate asOf) {
        List<Finding> found = new ArrayList<>();
        if (c.status().isFinished() || c.tier() == Tier.SPECIAL_REPORT) {
            return found;
        }
        Optional<EscalationReason> failure = failure(c, asOf);
        boolean waitingForLater = c.escalatedByLiveDocument() || c.status() == LadderStatus.ESCALATED;
        if (c.type() == RecommendationType.PUBLIC_INTEREST) {
            if (failure.isPresent() && c.status() != LadderStatus.UNDER_REVIEW && c.replyDueOn() != null
                    && c.replyDueOn().isBefore(asOf) && c.rectification() != Rectification.DONE) {
                found.add(new Finding(SuggestionRule.LAWSUIT, null, failure.get()));
            }
            if (c.causeAboveRecipient() && !waitingForLater) {
                found.add(new Finding(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT, CAUSE_ABOVE_RECIPIENT));
            }
            return found;
        }
        if (waitingForLater) {
            return found;
        }
        if (c.tier() == Tier.INDIVIDUAL) {
            failure.ifPresent(r -> found.add(new Finding(SuggestionRule.NEXT_TIER, Tier.CLASS, r)));
            if (c.causeAboveRecipient()) {
                found.add(new Finding(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT, CAUSE_ABOVE_RECIPIENT));
            }
        } else if (c.causeAboveRecipient()) {
            found.add(new Finding(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT, CAUSE_ABOVE_RECIPIENT));
        } else if (notRectified(c, asOf) || overdue(c, asOf)) {
            found.add(new Finding(SuggestionRule.SPECIAL_REPORT, Tier.SPECIAL_REPORT, failure.orElseThrow()));
        } else {
            failure.ifPresent(r -> found.add(new Finding(SuggestionRule.NEXT_TIER, Tier.SPECIAL_REPORT, r)));
        }
        return found;
    }

    /**
     * Why the document did not work, if it did not: rectification found not done (or partial after the return visit
     * was due) comes first; then an objection rejected followed by no reply or a refusal; then a refusal; then no
     * reply by the deadline.
     */
    public static Optional<EscalationReason> failure(SuggestionCandidate c, LocalDate asOf) {
        boolean notAdopted = c.replyOutcome() == ReplyOutcome.NOT_ADOPTED;
        boolean overdue = overdue(c, asOf);
        if (notRectified(c, asOf)) {
            return Optional.of(NOT_RECTIFIED);
        }
        if (c.objectionRejected() && (overdue || notAdopted)) {
            return Optional.of(OBJECTION_REJECTED);
        }
        if (notAdopted) {
            return Optional.of(NOT_ADOPTED);
        }
        return overdue ? Optional.of(NOT_REPLIED) : Optional.empty();
    }

    /** Served, no reply, and the reply was due before {@code asOf}. */
    public static boolean overdue(SuggestionCandidate c, LocalDate asOf) {
        return (c.status() == LadderStatus.SERVED || c.status() == LadderStatus.UNDER_REVIEW) && c.repliedOn() == null
                && c.replyDueOn() != null && c.replyDueOn().isBefore(asOf);
    }

    /**
     * The return visit found nothing done, or only part of it and the follow-up visit is no longer pending (done, or
     * its due date passed before {@code asOf}).
     */
    public static boolean notRectified(SuggestionCandidate c, LocalDate asOf) {
        return c.rectification() == Rectification.NONE || c.rectification() == Rectification.PARTIAL
                && (c.returnVisitDueOn() == null || c.returnVisitDueOn().isBefore(asOf));
    }

    /**
     * Who the new document goes to. A class-case recommendation escalating an individual one goes to that one's
     * superior authority (the document's own, else the directory's), or to the same recipient when it has none; a
     * special report goes to the top of the recipient's chain of superiors. {@code chain} is the recipient followed by
     * its superiors upwards (may be empty when the recipient left the directory).
     */
    public static RecipientRef recipientFor(Tier target, SuggestionCandidate c, List<RecipientRef> chain) {
        if (target == Tier.CLASS) {
            if (c.superior() != null) {
                return c.superior();
            }
            return chain.size() > 1 ? chain.get(1) : c.recipient();
        }
        return chain.isEmpty() ? c.recipient() : chain.get(chain.size() - 1);
    }

    /**
     * The records a suggestion rests on, sorted (cases, leads, recommendations; each by id) and joined with commas,
     * followed by ";" and the escalation reason when there is one: "MATTER:3,LEAD:7" or "RECOMMENDATION:5;NOT_REPLIED".
     * A new record or a new reason gives a new key, so a dismissed suggestion comes back only with new evidence.
     */
    public static String evidenceKey(Collection<SuggestionEvidence> records, EscalationReason reason) {
        String keys = records.stream().sorted().map(SuggestionEvidence::key).distinct()
                .collect(Collectors.joining(","));
        return reason == null ? keys : keys + ";" + reason.name();
    }
}
