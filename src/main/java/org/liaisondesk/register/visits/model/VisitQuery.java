package org.liaisondesk.register.visits.model;

import java.time.LocalDate;
import org.liaisondesk.common.model.Cursor;

/**
 * What the visit list asks the database for: search text, filters, sort and page. Null filters mean "any".
 * {@code recycleBin} true lists deleted visits instead of live ones. {@code after} is where the page starts
 * (null: the first page).
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
        Cursor after,
        int limit) {

    public static VisitQuery firstPage(int limit) {
        return new VisitQuery("", null, null, null, null, null, null, StatusFilter.ALL, false,
                VisitSort.DATE, true, null, limit);
    }

    public VisitQuery after(Cursor start) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, recycleBin, sort,
                descending, start, limit);
    }

    public VisitQuery withLimit(int newLimit) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, recycleBin, sort,
                descending, after, newLimit);
    }

    public VisitQuery withText(String newText) {
        return new VisitQuery(newText, from, to, stationId, prosecutorId, form, category, status, recycleBin, sort,
                descending, null, limit);
    }

    public VisitQuery withStatus(StatusFilter newStatus) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, newStatus, recycleBin, sort,
                descending, null, limit);
    }

    public VisitQuery withRecycleBin(boolean bin) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, bin, sort,
                descending, null, limit);
    }

    public VisitQuery withSort(VisitSort newSort, boolean newDescending) {
        return new VisitQuery(text, from, to, stationId, prosecutorId, form, category, status, recycleBin, newSort,
                newDescending, null, limit);
    }
}
