package org.liaisondesk.workload.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.testsupport.TestRegister;

/**
 * The dates the figures count by are reached through an index, not a scan of the table: the statistics of a year
 * must stay fast on a register of a million records (docs/decisions/0019). The WHERE clauses are the ones the
 * repository writes for these figures.
 */
class StatisticsQueryPlanTest {
    @TempDir
    Path dir;
    private TestRegister reg;

    @BeforeEach
    void open() {
        reg = new TestRegister(dir);
    }

    @AfterEach
    void close() {
        reg.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "visit t WHERE t.deleted_at IS NULL AND t.visit_date BETWEEN ? AND ?                                  | visit_by_date",
        "visit t WHERE t.deleted_at IS NULL AND t.concluded_on BETWEEN ? AND ? AND t.category = 'PETITION'    | visit_petition_by_concluded",
        "lead t WHERE t.deleted_at IS NULL AND t.received_on BETWEEN ? AND ?                                  | lead_by_received",
        "lead t WHERE t.deleted_at IS NULL AND t.triaged_on BETWEEN ? AND ? AND t.triage <> 'PENDING'         | lead_triaged_stats",
        "matter t WHERE t.deleted_at IS NULL AND t.accepted_on BETWEEN ? AND ?                                | matter_by_accepted",
        "matter t WHERE t.deleted_at IS NULL AND t.concluded_on BETWEEN ? AND ?                               | matter_by_concluded",
        "work_activity t WHERE t.deleted_at IS NULL AND t.held_on BETWEEN ? AND ?                             | work_by_held",
        "recommendation t WHERE t.deleted_at IS NULL AND t.issued_on BETWEEN ? AND ?                          | recommendation_by_issued",
    })
    void eachDateIsReachedThroughItsIndex(String fromWhere, String index) {
        String plan = reg.db.read(c -> {
            StringBuilder b = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT count(*) FROM " + fromWhere)) {
                int i = 1;
                for (String bound : List.of("2026-01-01", "2026-12-31")) {
                    ps.setString(i++, bound);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        b.append(rs.getString("detail")).append('\n');
                    }
                }
            }
            return b.toString();
        });
        assertTrue(plan.contains(index), plan);
    }
}
