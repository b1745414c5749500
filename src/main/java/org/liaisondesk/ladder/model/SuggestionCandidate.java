package org.liaisondesk.ladder.model;

import java.time.LocalDate;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * An issued recommendation as the ladder suggestions judge it: its content, where it stands (the derived columns
 * of its row), whether an objection to it was rejected, and whether a live later document already escalates it.
 * {@code superior} is its superior authority (null when none or no longer in the directory).
 */
public record SuggestionCandidate(
        long id,
        Tier tier,
        RecommendationType type,
        BusinessLine businessLine,
        SupervisionField field,
        String problem,
        String title,
        String number,
        LadderStatus status,
        RecipientRef recipient,
        RecipientRef superior,
        Long stationId,
        Long prosecutorId,
        LocalDate servedOn,
        LocalDate replyDueOn,
        LocalDate repliedOn,
        ReplyOutcome replyOutcome,
        Rectification rectification,
        LocalDate returnVisitDueOn,
        boolean causeAboveRecipient,
        boolean objectionRejected,
        boolean escalatedByLiveDocument) {

    public SuggestionCandidate {
        problem = problem == null ? "" : problem;
        number = number == null ? "" : number;
    }

    /** The document as evidence of a suggestion. */
    public SuggestionEvidence asEvidence() {
        return SuggestionEvidence.recommendation(id, servedOn, title, number, tier, status);
    }
}
