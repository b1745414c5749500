package org.liaisondesk.register.visits.model;

import java.time.LocalDate;

/** One line of the visit list (and of its export): the visit's columns plus the names it refers to. Not masked. */
public record VisitRow(
        long id,
        LocalDate date,
        String stationName,
        String prosecutorName,
        VisitForm form,
        VisitCategory category,
        String visitorName,
        String visitorPhone,
        String visitorIdNumber,
        int peopleCount,
        boolean involvesMinor,
        String summary,
        Handling handling,
        LocalDate nextDue,
        LocalDate concludedOn,
        String deletedAt) {
}
