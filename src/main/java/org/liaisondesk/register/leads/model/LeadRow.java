package org.liaisondesk.register.leads.model;

import java.time.LocalDate;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * One line of the lead list: the lead's own columns, the names it refers to (the reporter's current roster
 * name and role when picked from the roster) and the office numbers of the cases it is linked to, joined by
 * "、". Not yet masked.
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
        String description,
        Integer stars,
        Triage triage,
        LocalDate triagedOn,
        String referredTo,
        LocalDate fedBackOn,
        String caseNumbers,
        String deletedAt) {

    public boolean awaitingFeedback() {
        return triage.decided() && fedBackOn == null;
    }
}
