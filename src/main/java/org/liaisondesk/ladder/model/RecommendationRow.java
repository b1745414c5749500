package org.liaisondesk.ladder.model;

import java.time.LocalDate;

/** One line of the recommendation list, as the database returns it. No personal data. */
public record RecommendationRow(
        long id,
        LocalDate draftedOn,
        String number,
        Tier tier,
        RecommendationType type,
        String title,
        String recipientName,
        LadderStatus status,
        LocalDate servedOn,
        LocalDate replyDueOn,
        LocalDate repliedOn,
        ReplyOutcome replyOutcome,
        Rectification rectification,
        boolean urgent,
        String deletedAt) {

    /** The reply is overdue on {@code today}. */
    public boolean overdue(LocalDate today) {
        return replyDueOn != null && repliedOn == null && today.isAfter(replyDueOn)
                && (status == LadderStatus.SERVED || status == LadderStatus.UNDER_REVIEW);
    }
}
