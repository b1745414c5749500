package org.liaisondesk.bench;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.storage.Database;

/** EXPLAIN QUERY PLAN of captured statements, one line per statement, for the report of a missed target. */
final class QueryPlans {
    private static final int MAX_STATEMENTS = 8;

    private QueryPlans() {
    }

    static String describe(Database db, List<String> statements) {
        List<String> queries = new ArrayList<>(new LinkedHashSet<>(statements)).stream()
                .filter(s -> s.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")).limit(MAX_STATEMENTS).toList();
        List<String> described = new ArrayList<>();
        for (String sql : queries) {
            described.add("[" + shorten(sql) + "] → " + db.read(c -> {
                List<String> steps = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
                return String.join(" / ", steps);
            }));
        }
        return String.join(" ‖ ", described);
    }

    private static String shorten(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        int where = flat.indexOf(" WHERE ");
        String tail = where >= 0 ? flat.substring(where) : flat;
        return tail.length() > 220 ? tail.substring(0, 220) + "…" : tail;
    }
}
