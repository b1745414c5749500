package org.liaisondesk.register.visits.model;

import java.time.LocalDate;

/**
 * What the visit list asks the database for: search text, filters, sort and page. Null filters mean "any".
 * {@code recycleBin} true lists deleted visits instead of live ones.
 */
public record VisitQuery(
        String text,
        LocalDate from,
        LocalDate to,
        Long stationId,
        Long prosecutorId,
        VisitForm form,
        VisitCategory category,
        StatusFilter status,
        boolean recycleBin,
        VisitSort sort,
        boolean descending,
        int offset,
        int limit) {

    public static VisitQuery firstPage(int limit) {
        return new VisitQuery("", null, null, null, null, null, null, StatusFilter.ALL, false,
                VisitSort.DATE, true, 0, limit);
    }

    public VisitQuery withOffset(int newOffset) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, recycleBin, sort,
                descending, Math.max(0, newOffset), limit);
    }

    public VisitQuery withText(String newText) {
        return new VisitQuery(newText, from, to, stationId, prosecutorId, form, category, status, recycleBin, sort,
                descending, 0, limit);
    }

    public VisitQuery withStatus(StatusFilter newStatus) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, newStatus, recycleBin, sort,
                descending, 0, limit);
    }

    public VisitQuery withRecycleBin(boolean bin) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, bin, sort,
                descending, 0, limit);
    }

    public VisitQuery withSort(VisitSort newSort, boolean newDescending) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, recycleBin, newSort,
                newDescending, 0, limit);
    }
}
