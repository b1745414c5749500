package org.liaisondesk.register.cases.model;

import java.time.LocalDate;
import org.liaisondesk.register.reference.model.SupervisionField;

/**
 * One line of the case list: the case's own columns plus the names it refers to; the summary is not shown in the
 * list but exported with it. Parties not yet masked.
 */
public record MatterRow(
        long id,
        LocalDate acceptedOn,
        String officeNumber,
        String unifiedCode,
        String name,
        BusinessLine businessLine,
        String businessName,
        SupervisionField field,
        String problem,
        String parties,
        boolean involvesMinor,
        String prosecutorName,
        String stationName,
        MatterStatus status,
        LocalDate concludedOn,
        String summary,
        int linkCount,
        String deletedAt) {
}
