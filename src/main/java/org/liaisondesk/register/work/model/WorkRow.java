package org.liaisondesk.register.work.model;

import java.time.LocalDate;

/**
 * One line of the work list: the activity's fields, the names it refers to, its hearing panel's names joined
 * by 、 and the hours of community service done (summed by the database). The list shows a few of them; the
 * Excel export writes them all. Not yet masked.
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
        String deletedAt,
        String place,
        String mediator,
        String channel,
        String outcome,
        String applicantIdNumber,
        Long amountApprovedFen,
        String panelNames,
        String topic,
        String assessment,
        String note) {
}
