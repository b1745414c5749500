package org.liaisondesk.storage;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * The Java step of the schema versions that add or rebuild indexes (V006, docs/decisions/0029; V007, 0030). A new
 * index has no rows in {@code sqlite_stat1}, and dropping an index drops its rows. A register that had statistics
 * (the generator analyses its registers) gets them for these indexes, so that the planner weighs them against the
 * analysed ones with real figures rather than its guesses; one without statistics is left without, as it was.
 */
final class IndexStatistics {
    /** V006: the list date indexes and the count indexes it rebuilt with more columns. */
    static final List<String> V006 = List.of("visit_by_date", "lead_by_received", "matter_by_accepted",
            "work_by_held", "recommendation_by_drafted", "lead_not_told", "recommendation_by_recipient");
    /** V007: the statistics' covering indexes and the lists' station indexes it added or rebuilt. */
    static final List<String> V007 = List.of("visit_stats", "lead_stats", "matter_stats", "work_stats",
            "community_service_by_day", "lead_triaged_stats", "visit_petition_by_concluded", "matter_by_concluded",
            "lead_by_station", "matter_by_station_accepted");

    private IndexStatistics() {
    }

    /** The step that analyses {@code indexes} when the register has statistics. */
    static SqlConsumer analyse(List<String> indexes) {
        return c -> {
            try (Statement st = c.createStatement()) {
                boolean analysed;
                try (ResultSet rs = st.executeQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'sqlite_stat1'")) {
                    analysed = rs.next() && rs.getInt(1) > 0;
                }
                if (!analysed) {
                    return;
                }
                for (String index : indexes) {
                    st.execute("ANALYZE " + index);
                }
            }
        };
    }
}
