package org.liaisondesk.ladder.model;

import org.liaisondesk.common.model.Cursor;

/**
 * What the recommendation list asks the database for. Null filters mean "any". {@code overdueOnly}: replies
 * overdue on {@code asOf}; {@code dueWithinDays} (0 = no filter): replies due from {@code asOf} up to that many
 * days later. {@code recycleBin} lists deleted drafts instead of live documents.
 */
public record RecommendationQuery(
        String text,
        Tier tier,
        RecommendationType type,
        LadderStatus status,
        Long recipientId,
        boolean overdueOnly,
        int dueWithinDays,
        java.time.LocalDate asOf,
        boolean recycleBin,
        RecommendationSort sort,
        boolean descending,
        Cursor after,
        int limit) {

    public RecommendationQuery {
        text = text == null ? "" : text;
    }

    public static RecommendationQuery firstPage(int limit, java.time.LocalDate asOf) {
        return new RecommendationQuery("", null, null, null, null, false, 0, asOf, false,
                RecommendationSort.DRAFTED_ON, true, null, limit);
    }

    public RecommendationQuery after(Cursor start) {
        return new RecommendationQuery(text, tier, type, status, recipientId, overdueOnly, dueWithinDays, asOf,
                recycleBin, sort, descending, start, limit);
    }

    public RecommendationQuery withLimit(int newLimit) {
        return new RecommendationQuery(text, tier, type, status, recipientId, overdueOnly, dueWithinDays, asOf,
                recycleBin, sort, descending, after, newLimit);
    }

    /** The same query with other filters, from the first page. */
    public RecommendationQuery filtered(String newText, Tier newTier, RecommendationType newType,
                                        LadderStatus newStatus, Long newRecipient, boolean newOverdueOnly,
                                        int newDueWithinDays) {
        return new RecommendationQuery(newText, newTier, newType, newStatus, newRecipient, newOverdueOnly,
                newDueWithinDays, asOf, recycleBin, sort, descending, null, limit);
    }

    public RecommendationQuery withRecycleBin(boolean bin) {
        return new RecommendationQuery(text, tier, type, status, recipientId, overdueOnly, dueWithinDays, asOf, bin,
                sort, descending, null, limit);
    }

    public RecommendationQuery withSort(RecommendationSort newSort, boolean newDescending) {
        return new RecommendationQuery(text, tier, type, status, recipientId, overdueOnly, dueWithinDays, asOf,
                recycleBin, newSort, newDescending, null, limit);
    }

    public RecommendationQuery asOf(java.time.LocalDate day) {
        return new RecommendationQuery(text, tier, type, status, recipientId, overdueOnly, dueWithinDays, day,
                recycleBin, sort, descending, after, limit);
    }
}
