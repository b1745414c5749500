package org.liaisondesk.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java step of schema V006 (docs/decisions/0029). The script rebuilds the list date indexes and lead_not_told
 * with more columns so that the list counts read them alone; dropping an index drops its rows in
 * {@code sqlite_stat1}. A register that had statistics (the generator analyses its registers) gets them back for
 * these indexes, so that the planner weighs them as before; one without statistics is left without, as it was.
 */
final class CountIndexes {
    /** Each rebuilt index and its table. */
    static final Map<String, String> REBUILT = new LinkedHashMap<>();

    static {
        REBUILT.put("visit_by_date", "visit");
        REBUILT.put("lead_by_received", "lead");
        REBUILT.put("matter_by_accepted", "matter");
        REBUILT.put("work_by_held", "work_activity");
        REBUILT.put("recommendation_by_drafted", "recommendation");
        REBUILT.put("lead_not_told", "lead");
        REBUILT.put("recommendation_by_recipient", "recommendation");
    }

    private CountIndexes() {
    }

    static void analyseAgain(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            boolean analysed;
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'")) {
                analysed = rs.next() && rs.getInt(1) > 0;
            }
            if (!analysed) {
                return;
            }
            for (Map.Entry<String, String> e : REBUILT.entrySet()) {
                st.execute("ANALYZE " + e.getKey());
            }
        }
    }
}
