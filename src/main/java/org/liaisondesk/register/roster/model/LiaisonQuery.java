package org.liaisondesk.register.roster.model;

import org.liaisondesk.common.model.Cursor;

/**
 * What the liaison list asks for: search words, role and station filters (null = any), live or recycle-bin
 * rows, the sort column and direction, and the page ({@code after} null: the first page).
 */
public record LiaisonQuery(String text, Long roleId, Long stationId, boolean recycleBin, LiaisonSort sort,
                           boolean descending, Cursor after, int limit) {

    public LiaisonQuery {
        sort = sort == null ? LiaisonSort.NAME : sort;
    }

    /** A query sorted by name, A to Z. */
    public LiaisonQuery(String text, Long roleId, Long stationId, boolean recycleBin, Cursor after, int limit) {
        this(text, roleId, stationId, recycleBin, LiaisonSort.NAME, false, after, limit);
    }

    public static LiaisonQuery firstPage(int limit) {
        return new LiaisonQuery("", null, null, false, null, limit);
    }

    public LiaisonQuery after(Cursor start) {
        return new LiaisonQuery(text, roleId, stationId, recycleBin, sort, descending, start, limit);
    }

    public LiaisonQuery withLimit(int newLimit) {
        return new LiaisonQuery(text, roleId, stationId, recycleBin, sort, descending, after, newLimit);
    }

    public LiaisonQuery withText(String newText) {
        return new LiaisonQuery(newText, roleId, stationId, recycleBin, sort, descending, null, limit);
    }

    public LiaisonQuery withRecycleBin(boolean bin) {
        return new LiaisonQuery(text, roleId, stationId, bin, sort, descending, null, limit);
    }

    public LiaisonQuery withSort(LiaisonSort newSort, boolean newDescending) {
        return new LiaisonQuery(text, roleId, stationId, recycleBin, newSort, newDescending, null, limit);
    }
}
