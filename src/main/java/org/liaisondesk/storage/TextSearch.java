package org.liaisondesk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The search box's words as SQL. Every word must match (AND; no word is ever dropped), and what matches is what a
 * LIKE scan over the searched columns finds (docs/decisions/0004, 0032):
 * <ul>
 * <li>a word of three or more characters is looked up in the kind's FTS5 trigram index ({@code <kind>_fts});</li>
 * <li>a shorter word, which no trigram equals, is looked up by the trigrams that begin with it, in that index and in
 * the index of the columns' last two characters ({@code <kind>_tail}, schema V008), which together hold every place
 * such a word can occur; the records found are then tested with LIKE. When it begins too many trigrams (a very common
 * character), the word is a LIKE alone: it is then common enough that the newest rows hold a page of it
 * ({@link SearchedPage}).</li>
 * </ul>
 */
public final class TextSearch {
    /** The shortest word the trigram index can answer. */
    public static final int TRIGRAM = 3;
    /**
     * The most trigrams a short word is looked up by, and the most records they may name: beyond either the word is
     * common (every third visit holds 人), merging the lists would cost more than reading the newest rows, and it is
     * found by LIKE alone.
     */
    static final int MOST_TRIGRAMS = 5_000;
    static final long MOST_HITS = 20_000;

    private TextSearch() {
    }

    /**
     * The conditions of a search text's words, and whether an index narrows them (without one, every row of the list
     * is tested).
     */
    public record Words(SqlWhere where, boolean indexed) {
        public boolean isEmpty() {
            return where.isEmpty();
        }
    }

    /** The words of a search text, split on any white space (including the full-width space). */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s\\u3000]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Adds one condition per word to {@code where}; see {@link #conditions}.
     */
    public static void addWords(Connection c, SqlWhere where, String text, String idExpr, String ftsTable,
                                List<String> columns) throws SQLException {
        where.and(conditions(c, text, idExpr, ftsTable, columns).where());
    }

    /**
     * The words' conditions (none for a blank text).
     *
     * @param idExpr   the searched table's rowid expression, e.g. {@code v.id}
     * @param ftsTable the kind's trigram index over {@code columns}, e.g. {@code visit_fts}
     * @param columns  the searched columns as they are named in the query, e.g. {@code v.summary}
     */
    public static Words conditions(Connection c, String text, String idExpr, String ftsTable, List<String> columns)
            throws SQLException {
        SqlWhere where = new SqlWhere();
        boolean indexed = false;
        String tailTable = ftsTable.substring(0, ftsTable.length() - "fts".length()) + "tail";
        for (String word : words(text)) {
            if (word.codePointCount(0, word.length()) >= TRIGRAM) {
                where.add(idExpr + " IN (SELECT rowid FROM " + ftsTable + " WHERE " + ftsTable + " MATCH ?)",
                        Sql.ftsPhrase(word));
                indexed = true;
                continue;
            }
            Trigrams inFts = beginning(c, ftsTable, word);
            Trigrams inTails = beginning(c, tailTable, word);
            if (inFts != null && inTails != null && inFts.records() + inTails.records() <= MOST_HITS) {
                where.add(hitsOf(idExpr, ftsTable, inFts.terms(), tailTable, inTails.terms()),
                        matchParameters(inFts.terms(), inTails.terms()));
                indexed = true;
            }
            where.add(like(columns), likeParameters(word, columns.size()));
        }
        return new Words(where, indexed);
    }

    /** Trigrams of an index, and how many records hold one of them at most (the sum of each one's records). */
    private record Trigrams(List<String> terms, long records) {
    }

    /**
     * The trigrams of {@code index} that begin with {@code word} as the index folds it; null when the index cannot
     * tell (more than {@link #MOST_TRIGRAMS}, or a letter whose case the index folds otherwise than LIKE does).
     */
    private static Trigrams beginning(Connection c, String index, String word) throws SQLException {
        if (word.codePoints().anyMatch(cp -> cp >= 128 && Character.isLetter(cp)
                && (Character.toLowerCase(cp) != cp || Character.toUpperCase(cp) != cp))) {
            return null;
        }
        String folded = word.toLowerCase(Locale.ROOT);
        int last = folded.codePointBefore(folded.length());
        if (last >= Character.MAX_CODE_POINT) {
            return null;
        }
        String after = folded.substring(0, folded.length() - Character.charCount(last))
                + new String(Character.toChars(last + 1));
        List<String> terms = new ArrayList<>();
        long records = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT term, doc FROM " + index + "_terms "
                + "WHERE term >= ? AND term < ? LIMIT " + (MOST_TRIGRAMS + 1))) {
            ps.setString(1, folded);
            ps.setString(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    terms.add(rs.getString(1));
                    records += rs.getLong(2);
                }
            }
        }
        return terms.size() > MOST_TRIGRAMS ? null : new Trigrams(terms, records);
    }

    /** The records holding any of the trigrams; "0" (none) when there is no trigram at all. */
    private static String hitsOf(String idExpr, String ftsTable, List<String> inFts, String tailTable,
                                 List<String> inTails) {
        List<String> any = new ArrayList<>();
        if (!inFts.isEmpty()) {
            any.add(idExpr + " IN (SELECT rowid FROM " + ftsTable + " WHERE " + ftsTable + " MATCH ?)");
        }
        if (!inTails.isEmpty()) {
            any.add(idExpr + " IN (SELECT rowid FROM " + tailTable + " WHERE " + tailTable + " MATCH ?)");
        }
        return any.isEmpty() ? "0" : "(" + String.join(" OR ", any) + ")";
    }

    private static Object[] matchParameters(List<String> inFts, List<String> inTails) {
        return java.util.stream.Stream.of(inFts, inTails).filter(t -> !t.isEmpty())
                .map(t -> String.join(" OR ", t.stream().map(Sql::ftsPhrase).toList())).toArray();
    }

    private static String like(List<String> columns) {
        return "(" + String.join(" OR ", columns.stream().map(col -> col + " LIKE ? ESCAPE '\\'").toList()) + ")";
    }

    private static Object[] likeParameters(String word, int columns) {
        Object[] params = new Object[columns];
        Arrays.fill(params, Sql.likePattern(word));
        return params;
    }
}
