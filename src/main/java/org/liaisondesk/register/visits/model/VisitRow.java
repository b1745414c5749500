package org.liaisondesk.register.visits.model;

import java.time.LocalDate;

/** One line of the visit list: the visit's own columns plus the names it refers to. Not yet masked. */
public record VisitRow(
        long id,
        LocalDate date,
        String stationName,
        String prosecutorName,
        VisitForm form,
        VisitCategory category,
        String visitorName,
        String visitorPhone,
        int peopleCount,
        boolean involvesMinor,
        String summary,
        Handling handling,
        LocalDate nextDue,
        LocalDate concludedOn,
        String deletedAt) {
}
