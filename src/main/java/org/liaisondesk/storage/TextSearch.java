package org.liaisondesk.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search box's words as SQL. Every word must match (AND; no word is ever dropped). A word of three or
 * more characters is looked up in the FTS5 trigram index; a shorter one, which the trigram index cannot
 * answer, becomes a LIKE over the same columns. Both give what a LIKE scan gives (see docs/decisions/0004).
 * How a page of a searched list is fetched at a million records is {@link SearchedPage}'s business.
 */
public final class TextSearch {
    /** The shortest word the trigram index can answer. */
    public static final int TRIGRAM = 3;

    private TextSearch() {
    }

    /** The words of a search text, split on any white space (including the full-width space). */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("[\\s\\u3000]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether at least one word is long enough for the trigram index (which then narrows the search). */
    public static boolean anyIndexedWord(String text) {
        return words(text).stream().anyMatch(TextSearch::indexed);
    }

    private static boolean indexed(String word) {
        return word.codePointCount(0, word.length()) >= TRIGRAM;
    }

    /**
     * Adds one condition per word to {@code where}.
     *
     * @param idExpr   the searched table's rowid expression, e.g. {@code v.id}
     * @param ftsTable the external-content FTS5 table over {@code columns}
     * @param columns  the searched columns as they are named in the query, e.g. {@code v.summary}
     */
    public static void addWords(SqlWhere where, String text, String idExpr, String ftsTable, List<String> columns) {
        where.and(conditions(text, idExpr, ftsTable, columns));
    }

    /** The words' conditions alone (none for a blank text); see {@link #addWords}. */
    public static SqlWhere conditions(String text, String idExpr, String ftsTable, List<String> columns) {
        SqlWhere where = new SqlWhere();
        for (String word : words(text)) {
            if (indexed(word)) {
                where.add(idExpr + " IN (SELECT rowid FROM " + ftsTable + " WHERE " + ftsTable + " MATCH ?)",
                        Sql.ftsPhrase(word));
            } else {
                String pattern = Sql.likePattern(word);
                List<String> any = new ArrayList<>();
                Object[] params = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    any.add(columns.get(i) + " LIKE ? ESCAPE '\\'");
                    params[i] = pattern;
                }
                where.add("(" + String.join(" OR ", any) + ")", params);
            }
        }
        return where;
    }
}
