package org.liaisondesk.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.ladder.data.RecommendationRepository;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.testsupport.MillionRecordStatistics;
import org.liaisondesk.testsupport.TestRegister;

/**
 * Each list's count reaches its rows through an index and never scans the table: on a register of a million records
 * a table scan reads every wide row (docs/decisions/0029). The statements are the ones the repositories run: a
 * recording connection captures each count's SQL and parameters, and the test asks SQLite for its plan. The
 * unfiltered and date-range counts must be answered from the list's date index alone (COVERING): an index that
 * lacks a column the WHERE names is priced with a table look-up per row, and on an analysed register of a million
 * records SQLite then prefers the table scan, as it did before V006.
 */
class ListCountQueryPlanTest {
    private static final java.time.LocalDate TODAY = TestRegister.TODAY;

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

    /** A count or a page as a repository runs it on the connection it is given. */
    interface Count {
        Object run(Connection c) throws java.sql.SQLException;
    }

    static Stream<Arguments> counts() {
        AuditLog audit = new AuditLog(TestRegister.CLOCK, () -> "测试员");
        VisitRepository visits = new VisitRepository(audit);
        LeadRepository leads = new LeadRepository(audit);
        MatterRepository matters = new MatterRepository(audit);
        WorkRepository work = new WorkRepository(audit);
        RecommendationRepository recommendations = new RecommendationRepository(audit);
        VisitQuery allVisits = VisitQuery.firstPage(50);
        VisitQuery stationYear = new VisitQuery("", TODAY.minusYears(1), TODAY, 1L, null, null, null,
                StatusFilter.ALL, false, allVisits.sort(), true, null, 50);
        VisitQuery lastYear = new VisitQuery("", TODAY.minusYears(1), TODAY, null, null, null, null,
                StatusFilter.ALL, false, allVisits.sort(), true, null, 50);
        return Stream.of(
                Arguments.of("visits, all", "COVERING INDEX visit_by_date",
                        (Count) c -> visits.count(c, allVisits, TODAY, 7)),
                Arguments.of("visits, last 12 months", "COVERING INDEX visit_by_date",
                        (Count) c -> visits.count(c, lastYear, TODAY, 7)),
                Arguments.of("visits, one station, 12 months", "INDEX visit_by_station",
                        (Count) c -> visits.count(c, stationYear, TODAY, 7)),
                // lead_by_received or lead_by_station (V007): both hold exactly the live leads.
                Arguments.of("leads, all", "COVERING INDEX lead_by_",
                        (Count) c -> leads.count(c, LeadQuery.firstPage(50))),
                Arguments.of("leads, last 12 months", "COVERING INDEX lead_by_received",
                        (Count) c -> leads.count(c, LeadQuery.firstPage(50).withDates(TODAY.minusYears(1), TODAY))),
                Arguments.of("leads, not told of the outcome", "COVERING INDEX lead_not_told",
                        (Count) c -> leads.count(c, LeadQuery.firstPage(50).withNotFedBack(true))),
                Arguments.of("cases, all", "COVERING INDEX matter_by_",
                        (Count) c -> matters.count(c, MatterQuery.firstPage(50))),
                Arguments.of("cases, last 12 months", "COVERING INDEX matter_by_accepted",
                        (Count) c -> matters.count(c, MatterQuery.firstPage(50).withDates(TODAY.minusYears(1), TODAY))),
                Arguments.of("work, all", "COVERING INDEX work_by_held",
                        (Count) c -> work.count(c, WorkQuery.firstPage(50))),
                Arguments.of("work, last 12 months", "COVERING INDEX work_by_held",
                        (Count) c -> work.count(c, WorkQuery.firstPage(50).withDates(TODAY.minusYears(1), TODAY))),
                Arguments.of("recommendations, all", "COVERING INDEX recommendation_by_drafted",
                        (Count) c -> recommendations.count(c, RecommendationQuery.firstPage(50, TODAY))));
    }

    /**
     * The first page of each list filtered by one station, newest first (the benchmark's list.*.filtered; visits
     * also over the last 12 months), and the index that must give it in the list's order (docs/decisions/0030).
     */
    static Stream<Arguments> stationPages() {
        AuditLog audit = new AuditLog(TestRegister.CLOCK, () -> "测试员");
        VisitRepository visits = new VisitRepository(audit);
        LeadRepository leads = new LeadRepository(audit);
        MatterRepository matters = new MatterRepository(audit);
        WorkRepository work = new WorkRepository(audit);
        VisitQuery allVisits = VisitQuery.firstPage(50);
        VisitQuery stationYear = new VisitQuery("", TODAY.minusYears(1), TODAY, 1L, null, null, null,
                StatusFilter.ALL, false, allVisits.sort(), true, null, 50);
        return Stream.of(
                Arguments.of("visits, one station, 12 months", "INDEX visit_by_station",
                        (Count) c -> visits.page(c, stationYear, TODAY, 7)),
                Arguments.of("leads, one station", "INDEX lead_by_station",
                        (Count) c -> leads.page(c, LeadQuery.firstPage(50).withStation(1L))),
                Arguments.of("cases, one station", "INDEX matter_by_station_accepted",
                        (Count) c -> matters.page(c, MatterQuery.firstPage(50).withStation(1L))),
                Arguments.of("work, one station", "INDEX work_by_station",
                        (Count) c -> work.page(c, WorkQuery.firstPage(50).withStation(1L))));
    }

    /**
     * Without and with the 1M register's statistics, a list filtered by station searches that station's rows in an
     * index that already holds them newest first: no table scan, and no sorting of the station's rows (a temp
     * b-tree for the ORDER BY) before the first 50 can be returned.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stationPages")
    void aStationsPageSearchesItsIndexInTheListsOrder(String name, String index, Count page) {
        for (boolean withStatistics : new boolean[] {false, true}) {
            if (withStatistics) {
                loadMillionRecordStatistics();
            }
            List<String> plan = reg.db.read(c -> planOf(c, page, "SELECT "));
            String text = (withStatistics ? "with 1M statistics: " : "without statistics: ") + String.join("\n", plan);
            assertTrue(plan.stream().anyMatch(step -> step.startsWith("SEARCH") && step.contains(index)), text);
            for (String step : plan) {
                assertFalse(step.startsWith("SCAN") && !step.contains("INDEX"), "a table scan: " + text);
                assertFalse(step.contains("TEMP B-TREE FOR ORDER BY"), "the page is sorted: " + text);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void eachCountUsesAnIndexAndNoTableScan(String name, String index, Count count) {
        List<String> plan = reg.db.read(c -> planOf(c, count, "SELECT count(*)"));
        String text = String.join("\n", plan);
        assertTrue(text.contains(index), text);
        for (String step : plan) {
            assertFalse(step.startsWith("SCAN") && !step.contains("INDEX"), "a table scan: " + text);
        }
    }

    /**
     * The same counts under the statistics of the generated 1M register (its sqlite_stat1 rows, from stat1-1m.csv): with statistics SQLite prices table look-ups and picks other join orders (recommendations: the
     * recipients first), which is where the table scans came from. Every step must then read an index alone, or a
     * row by its primary key, except the one-station count, which searches its station's rows.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void withTheStatisticsOfAMillionRecordRegisterEachCountReadsOnlyIndexes(String name, String index, Count count)
            throws Exception {
        loadMillionRecordStatistics();
        List<String> plan = reg.db.read(c -> planOf(c, count, "SELECT count(*)"));
        String text = String.join("\n", plan);
        for (String step : plan) {
            assertFalse(step.startsWith("SCAN") && !step.contains("INDEX"), "a table scan: " + text);
            if (index.startsWith("COVERING")) {
                assertTrue(step.contains("COVERING INDEX") || step.contains("INTEGER PRIMARY KEY"),
                        "a step that reads the table's rows: " + text);
            }
        }
    }

    private void loadMillionRecordStatistics() {
        reg.db.write(MillionRecordStatistics::load);
        reg.close();
        reg = new TestRegister(dir);
    }

    @Test
    void theUnfilteredCountsReadOnlyTheirIndex() {
        for (String table : List.of("visit", "lead", "matter", "work_activity", "recommendation")) {
            List<String> plan = reg.db.read(c -> {
                List<String> steps = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "EXPLAIN QUERY PLAN SELECT count(*) FROM " + table + " t WHERE t.deleted_at IS NULL");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
                return steps;
            });
            String text = String.join("\n", plan);
            assertTrue(text.contains("COVERING INDEX"), table + ": " + text);
        }
    }

    /** Runs the count (or page) on a recording connection, then asks for the plan of the one statement it ran. */
    private static List<String> planOf(Connection c, Count count, String start) throws java.sql.SQLException {
        List<String> sqls = new ArrayList<>();
        List<TreeMap<Integer, Object>> params = new ArrayList<>();
        count.run(recording(c, sqls, params));
        assertEquals(1, sqls.size(), sqls.toString());
        assertTrue(sqls.get(0).startsWith(start), sqls.get(0));
        List<String> steps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sqls.get(0))) {
            for (var p : params.get(0).entrySet()) {
                ps.setObject(p.getKey(), p.getValue());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
            }
        }
        return steps;
    }

    private static Connection recording(Connection target, List<String> sqls, List<TreeMap<Integer, Object>> params) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                sqls.add((String) args[0]);
                TreeMap<Integer, Object> bound = new TreeMap<>();
                params.add(bound);
                return Proxy.newProxyInstance(ListCountQueryPlanTest.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                            if (m.getName().startsWith("set") && a != null && a.length >= 2
                                    && a[0] instanceof Integer i) {
                                bound.put(i, m.getName().equals("setNull") ? null : a[1]);
                            }
                            return invoke(ps, m, a);
                        });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(ListCountQueryPlanTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
