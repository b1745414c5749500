package org.liaisondesk.register.leads.ui;

/**
 * One line of the lead table as shown: the reporter already masked, enums already in words, stars as ★★★☆☆.
 * {@code awaitingFeedback}: studied but the source not yet told; {@code minor}: a lead about minors' protection.
 */
public record LeadListItem(
        long id,
        String received,
        String source,
        String reporter,
        String station,
        String place,
        String field,
        String problem,
        String description,
        String stars,
        String triage,
        String feedback,
        String cases,
        boolean awaitingFeedback,
        boolean minor) {
}
