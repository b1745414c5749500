package org.liaisondesk.register.work.model;

import java.time.LocalDate;

/**
 * One line of the work list: the activity's listed columns, the names it refers to, and the hours of community
 * service done (summed by the database). Not yet masked.
 */
public record WorkRow(
        long id,
        LocalDate heldOn,
        WorkKind kind,
        String title,
        String stationName,
        String prosecutorName,
        String parties,
        String applicantName,
        boolean involvesMinor,
        Boolean resolved,
        Long amountPaidFen,
        String hearingType,
        Integer audienceCount,
        Integer hoursAgreed,
        int hoursDone,
        String matterOfficeNumber,
        String deletedAt) {
}
