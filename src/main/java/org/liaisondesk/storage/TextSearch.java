package org.liaisondesk.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search box's words as SQL. Every word must match (AND; no word is ever dropped). A word of three or
 * more characters is looked up in the FTS5 trigram index; a shorter one, which the trigram index cannot
 * answer, becomes a LIKE over the same columns. Both give what a LIKE scan gives (see docs/decisions/0004).
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

    /**
     * Adds one condition per word to {@code where}.
     *
     * @param idExpr   the searched table's rowid expression, e.g. {@code v.id}
     * @param ftsTable the external-content FTS5 table over {@code columns}
     * @param columns  the searched columns as they are named in the query, e.g. {@code v.summary}
     */
    public static void addWords(SqlWhere where, String text, String idExpr, String ftsTable, List<String> columns) {
        for (String word : words(text)) {
            if (word.codePointCount(0, word.length()) >= TRIGRAM) {
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
    }
}
