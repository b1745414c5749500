package org.liaisondesk.register.leads.model;

import java.time.LocalDate;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * One line of the lead list: the lead's own columns, the names it refers to (the reporter's current roster
 * name and role when picked from the roster) and the office numbers of the cases it is linked to, joined by
 * "、". The three scores, the triage reason and the feedback note are not shown in the list but exported with
 * it. Not yet masked.
 */
public record LeadRow(
        long id,
        LocalDate receivedOn,
        LeadSource source,
        String reporterName,
        String reporterPhone,
        String reporterRole,
        String stationName,
        String prosecutorName,
        String town,
        String village,
        String grid,
        SupervisionField field,
        String problem,
        String description,
        Integer ratingIllegality,
        Integer ratingInvestigability,
        Integer ratingValue,
        Integer stars,
        Triage triage,
        LocalDate triagedOn,
        String referredTo,
        String triageReason,
        LocalDate fedBackOn,
        String feedbackNote,
        String caseNumbers,
        String deletedAt) {

    public boolean awaitingFeedback() {
        return triage.decided() && fedBackOn == null;
    }
}
