package org.liaisondesk.workload.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.bench.SqlCapture;
import org.liaisondesk.testsupport.MillionRecordStatistics;
import org.liaisondesk.testsupport.TestRegister;
import org.liaisondesk.workload.WorkloadFixture;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Scope;

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

    /** The scopes of a year's statistics: every station, one station, one prosecutor. */
    static Stream<Arguments> yearScopes() {
        Period year = Period.year(2025);
        return Stream.of(
                Arguments.of("every station", (Function<WorkloadFixture, Scope>) fx -> Scope.all(year)),
                Arguments.of("one station", (Function<WorkloadFixture, Scope>) fx -> new Scope(year, fx.qingshan.id(),
                        fx.qingshan.name(), null, null)),
                Arguments.of("one prosecutor", (Function<WorkloadFixture, Scope>) fx -> new Scope(year, null, null,
                        fx.lin.id(), fx.lin.name())));
    }

    /** &lt;table&gt; t: the table a statement counts. */
    private static final Pattern COUNTED = Pattern.compile(" (\\w+) t ");

    /**
     * Every statement that StatisticsService.compute runs for a year (figures now, before and last year, rate
     * terms, every chart) reads the visits, leads, cases and work from an index alone (COVERING), never row by row
     * from the table, and the community service hours from the log's day index, each activity by its key
     * (docs/decisions/0030); no statement scans a table. Planned without statistics and under the statistics of
     * the generated 1M register: the plan must not depend on them. The recommendations (30,000 at 1M) are not
     * claimed covering: their ladder conditions name a dozen columns.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("yearScopes")
    void aYearsStatisticsReadTheirIndexesAlone(String name, Function<WorkloadFixture, Scope> scopeOf,
            @TempDir Path own) throws Exception {
        Path file = own.resolve("register").resolve("liaisondesk.db");
        List<String> statements;
        try (WorkloadFixture fx = new WorkloadFixture(own.resolve("register"))) {
            Scope scope = scopeOf.apply(fx);
            statements = SqlCapture.statementsOf(fx.reg.db, () -> fx.statistics.compute(scope)).stream()
                    .filter(sql -> sql.startsWith("SELECT")).toList();
        }
        // For a whole year the period before and last year's are the same year: its figures are counted once.
        assertEquals(statements.size(), statements.stream().distinct().count(), "a statement ran twice");
        assertPlans(file, statements, "without statistics");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            MillionRecordStatistics.load(c);
            c.commit();
        }
        // A connection opened after the load plans with the loaded statistics.
        assertPlans(file, statements, "with the 1M register's statistics");
    }

    private static void assertPlans(Path file, List<String> statements, String statistics) throws SQLException {
        int checked = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : statements) {
                List<String> plan = plan(c, sql);
                String text = statistics + ": " + sql + "\n" + String.join("\n", plan);
                for (String step : plan) {
                    assertFalse(step.startsWith("SCAN") && !step.contains("INDEX"), "a table scan: " + text);
                }
                Matcher m = COUNTED.matcher(sql);
                assertTrue(m.find(), sql);
                String table = m.group(1);
                if (table.equals("recommendation")) {
                    continue;
                }
                String readsT = plan.stream().filter(step -> step.matches("(SEARCH|SCAN) t .*")).findFirst()
                        .orElseThrow(() -> new AssertionError(text));
                if (sql.contains("community_service_log l")) {
                    assertTrue(readsT.contains("INTEGER PRIMARY KEY"), text);
                    int log = plan.stream().filter(step ->
                            step.startsWith("SEARCH l USING COVERING INDEX community_service_by_day"))
                            .findFirst().map(plan::indexOf).orElse(-1);
                    assertTrue(log >= 0 && log < plan.indexOf(readsT), "the log is the outer loop: " + text);
                } else {
                    assertTrue(readsT.startsWith("SEARCH t USING COVERING INDEX"), text);
                }
                checked++;
            }
        }
        assertTrue(checked >= 30, "statements checked: " + checked);
    }

    private static List<String> plan(Connection c, String sql) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                steps.add(rs.getString("detail"));
            }
        }
        return steps;
    }
}
