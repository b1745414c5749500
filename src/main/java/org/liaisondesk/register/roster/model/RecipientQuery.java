package org.liaisondesk.register.roster.model;

import org.liaisondesk.common.model.Cursor;

/**
 * What the recipient directory asks for: search words, the superior filter (null = any; lists the units
 * directly under it), live or recycle-bin rows, the sort and the page ({@code after} null: the first page).
 */
public record RecipientQuery(String text, Long superiorId, boolean recycleBin, RecipientSort sort,
                             boolean descending, Cursor after, int limit) {

    public RecipientQuery {
        sort = sort == null ? RecipientSort.NAME : sort;
    }

    public static RecipientQuery firstPage(int limit) {
        return new RecipientQuery("", null, false, RecipientSort.NAME, false, null, limit);
    }

    public RecipientQuery after(Cursor start) {
        return new RecipientQuery(text, superiorId, recycleBin, sort, descending, start, limit);
    }

    public RecipientQuery withLimit(int newLimit) {
        return new RecipientQuery(text, superiorId, recycleBin, sort, descending, after, newLimit);
    }

    public RecipientQuery withText(String newText) {
        return new RecipientQuery(newText, superiorId, recycleBin, sort, descending, null, limit);
    }

    public RecipientQuery withSuperior(Long newSuperiorId) {
        return new RecipientQuery(text, newSuperiorId, recycleBin, sort, descending, null, limit);
    }

    public RecipientQuery withRecycleBin(boolean bin) {
        return new RecipientQuery(text, superiorId, bin, sort, descending, null, limit);
    }

    public RecipientQuery withSort(RecipientSort newSort, boolean newDescending) {
        return new RecipientQuery(text, superiorId, recycleBin, newSort, newDescending, null, limit);
    }
}
