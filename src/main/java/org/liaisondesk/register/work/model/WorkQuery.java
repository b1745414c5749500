package org.liaisondesk.register.work.model;

import java.time.LocalDate;
import org.liaisondesk.common.model.Cursor;

/**
 * What the work list asks the database for: search text, filters, sort and page. Null filters mean "any".
 * {@code resolved} keeps mediations that were (true) or were not (false) resolved, and only mediations.
 * {@code recycleBin} true lists deleted activities instead of live ones. {@code after} is where the page starts
 * (null: the first page).
 */
public record WorkQuery(
        String text,
        LocalDate from,
        LocalDate to,
        WorkKind kind,
        Long stationId,
        Long prosecutorId,
        Boolean resolved,
        boolean recycleBin,
        WorkSort sort,
        boolean descending,
        Cursor after,
        int limit) {

    public static WorkQuery firstPage(int limit) {
        return new WorkQuery("", null, null, null, null, null, null, false, WorkSort.DATE, true, null, limit);
    }

    public WorkQuery after(Cursor start) {
        return new WorkQuery(text, from, to, kind, stationId, prosecutorId, resolved, recycleBin, sort, descending,
                start, limit);
    }

    public WorkQuery withLimit(int newLimit) {
        return new WorkQuery(text, from, to, kind, stationId, prosecutorId, resolved, recycleBin, sort, descending,
                after, newLimit);
    }

    public WorkQuery withText(String newText) {
        return new WorkQuery(newText, from, to, kind, stationId, prosecutorId, resolved, recycleBin, sort, descending,
                null, limit);
    }

    public WorkQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new WorkQuery(text, newFrom, newTo, kind, stationId, prosecutorId, resolved, recycleBin, sort,
                descending, null, limit);
    }

    public WorkQuery withKind(WorkKind newKind) {
        return new WorkQuery(text, from, to, newKind, stationId, prosecutorId, resolved, recycleBin, sort, descending,
                null, limit);
    }

    public WorkQuery withStation(Long newStationId) {
        return new WorkQuery(text, from, to, kind, newStationId, prosecutorId, resolved, recycleBin, sort, descending,
                null, limit);
    }

    public WorkQuery withProsecutor(Long newProsecutorId) {
        return new WorkQuery(text, from, to, kind, stationId, newProsecutorId, resolved, recycleBin, sort, descending,
                null, limit);
    }

    public WorkQuery withResolved(Boolean newResolved) {
        return new WorkQuery(text, from, to, kind, stationId, prosecutorId, newResolved, recycleBin, sort, descending,
                null, limit);
    }

    public WorkQuery withRecycleBin(boolean bin) {
        return new WorkQuery(text, from, to, kind, stationId, prosecutorId, resolved, bin, sort, descending, null,
                limit);
    }

    public WorkQuery withSort(WorkSort newSort, boolean newDescending) {
        return new WorkQuery(text, from, to, kind, stationId, prosecutorId, resolved, recycleBin, newSort,
                newDescending, null, limit);
    }
}
