package org.liaisondesk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;

/**
 * One keyset page of a list, filtered and possibly searched by words (docs/decisions/0032). Without words it is the
 * plain query. With words, following the list's order index and testing each row finds a page at once when the words
 * are common, but reads the whole table in index order, one jump across the file per row, when they are rare (8 s for
 * a two-character name among 450,000 visits). So the page is fetched in up to three tries, each exact:
 * <ol>
 * <li>among the next rows of the list (its filters and order, after the cursor): {@link #WINDOWS} of them, then more.
 * When they hold more than a page of hits, those are the page: every row after them comes later in the list's
 * order.</li>
 * <li>otherwise the hits are found first, by the table alone (an index gives the candidates of every word but a very
 * common short one, see {@link TextSearch}; with only such words, one sequential read of the table), and then ordered
 * and paged.</li>
 * </ol>
 * The filters name only the listed table (the counts run on it alone); the sort key may name joined tables.
 */
public final class SearchedPage {
    /**
     * How many of the list's next rows the first tries look at: a word in one row of 50 is found by the first, one in
     * 400 by the second (each costs a few milliseconds per thousand rows). When an index gives the candidates, they
     * are found and sorted faster than a second window is read.
     */
    private static final int[] WINDOWS = {2_500, 20_000};
    private static final int[] WINDOWS_WITH_INDEX = {2_500};

    private SearchedPage() {
    }

    /**
     * A list's query.
     *
     * @param columns    the row's columns, e.g. {@code v.id, v.visit_date, s.name AS station_name}; the page also reads
     *                   {@code id} and {@code sort_key}, which this adds
     * @param from       the listed table with its alias and its joins
     * @param table      the listed table with its alias alone, e.g. {@code visit v}
     * @param id         the listed table's id, e.g. {@code v.id}
     * @param key        the sort key expression (never NULL), e.g. {@code v.visit_date}
     * @param descending newest first
     */
    public record Shape(String columns, String from, String table, String id, String key, boolean descending) {
        String select() {
            return "SELECT " + columns + ", " + key + " AS sort_key FROM " + from;
        }
    }

    /** Reads one row of the page (the cursor comes from its {@code sort_key} and {@code id} columns). */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The page of {@code limit} rows after {@code after} (null: the first page) of the rows matching {@code filters}
     * and {@code words} ({@link TextSearch#conditions}).
     */
    public static <T> Page<T> fetch(Connection c, Shape shape, SqlWhere filters, TextSearch.Words words,
                                    Cursor after, int limit, RowReader<T> reader) throws SQLException {
        return fetch(c, shape, filters, words.where(), words.indexed() ? WINDOWS_WITH_INDEX : WINDOWS, after, limit,
                reader);
    }

    /** {@link #fetch} looking at {@code windows} rows first (the tests' small windows). */
    static <T> Page<T> fetch(Connection c, Shape shape, SqlWhere filters, SqlWhere words, int[] windows,
                             Cursor after, int limit, RowReader<T> reader) throws SQLException {
        SqlWhere listed = filters.copy();
        Keyset.after(listed, shape.key(), shape.id(), shape.descending(), after);
        String order = " ORDER BY " + Keyset.orderBy(shape.key(), shape.id(), shape.descending());
        if (words.isEmpty()) {
            return Keyset.page(rows(c, shape.select() + " " + listed.sql() + order, listed, limit, reader), limit);
        }
        for (int window : windows) {
            SqlWhere recent = new SqlWhere()
                    .add(shape.id() + " IN (SELECT " + shape.id() + " FROM " + shape.from() + " " + listed.sql() + order
                            + " LIMIT " + window + ")", listed.parameters())
                    .and(words);
            List<Keyset.Row<T>> found = rows(c, shape.select() + " " + recent.sql() + order, recent, limit, reader);
            if (found.size() > limit) {
                return Keyset.page(found, limit);
            }
        }
        SqlWhere hits = filters.copy().and(words);
        SqlWhere whole = new SqlWhere()
                .add(shape.id() + " IN (SELECT " + shape.id() + " FROM " + shape.table() + " " + hits.sql() + ")",
                        hits.parameters());
        Keyset.after(whole, shape.key(), shape.id(), shape.descending(), after);
        return Keyset.page(rows(c, shape.select() + " " + whole.sql() + order, whole, limit, reader), limit);
    }

    private static <T> List<Keyset.Row<T>> rows(Connection c, String sql, SqlWhere where, int limit,
                                                RowReader<T> reader) throws SQLException {
        List<Keyset.Row<T>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT ?")) {
            ps.setInt(where.bind(ps), limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Keyset.Row<>(reader.read(rs), new Cursor(rs.getObject("sort_key"), rs.getLong("id"))));
                }
            }
        }
        return rows;
    }
}
