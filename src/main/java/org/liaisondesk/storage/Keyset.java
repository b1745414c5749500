package org.liaisondesk.storage;

import java.util.List;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;

/**
 * Keyset paging: a page starts after the (sort key, id) of the previous page's last row, so the thousandth
 * page costs what the first one does (a deep OFFSET would read and skip every row before it).
 * Sort keys must never be NULL: wrap nullable columns in COALESCE.
 */
public final class Keyset {
    private Keyset() {
    }

    /** Adds "(key, id) after the cursor" to the WHERE clause; nothing for the first page. */
    public static void after(SqlWhere where, String keyExpr, String idExpr, boolean descending, Cursor cursor) {
        if (cursor != null) {
            where.add("(" + keyExpr + ", " + idExpr + ") " + (descending ? "<" : ">") + " (?, ?)", cursor.key(), cursor.id());
        }
    }

    public static String orderBy(String keyExpr, String idExpr, boolean descending) {
        String dir = descending ? " DESC" : " ASC";
        return keyExpr + dir + ", " + idExpr + dir;
    }

    /** A row read from the database with the cursor that points just past it. */
    public record Row<T>(T value, Cursor cursor) {
    }

    /**
     * Turns the rows of a query that asked for {@code limit + 1} rows into a page: the extra row only tells
     * that more follow; the next page starts after the last row kept.
     */
    public static <T> Page<T> page(List<Row<T>> rows, int limit) {
        List<T> values = rows.stream().limit(limit).map(Row::value).toList();
        Cursor next = rows.size() > limit ? rows.get(limit - 1).cursor() : null;
        return new Page<>(values, next);
    }
}
