package org.liaisondesk.workload.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.testsupport.TestRegister;
import org.liaisondesk.workload.WorkloadFixture;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Scope;

/** The statistics' SQL on the hand-built register of {@link WorkloadFixture}, whose answers are known. */
class StatisticsRepositoryTest {
    @TempDir
    static Path folder;
    private static WorkloadFixture fx;
    private static final StatisticsRepository repository = new StatisticsRepository();

    @BeforeAll
    static void build() {
        fx = new WorkloadFixture(folder.resolve("register"));
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static <T> T read(Function<StatisticsRepository.Snapshot, T> work) {
        return fx.reg.db.read(c -> repository.read(c, work));
    }

    private static Figures figures(Scope scope) {
        return read(s -> s.figures(scope, TestRegister.TODAY));
    }

    static Stream<Arguments> quarterFigures() {
        return Stream.of(Metric.values())
                .map(m -> Arguments.of(m, WorkloadFixture.QUARTER_FIGURES.getOrDefault(m, 0L)));
    }

    @ParameterizedTest
    @MethodSource("quarterFigures")
    void everyFigureOfTheQuarterIsTheHandCount(Metric metric, long expected) {
        assertEquals(expected, figures(WorkloadFixture.SCOPE).get(metric), metric.name());
    }

    static Stream<Arguments> comparisonPeriods() {
        return Stream.of(
                Arguments.of("环比", WorkloadFixture.QUARTER.previous(), WorkloadFixture.PREVIOUS_FIGURES),
                Arguments.of("同比", WorkloadFixture.QUARTER.sameLastYear(), WorkloadFixture.LAST_YEAR_FIGURES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparisonPeriods")
    void comparisonPeriodsCountOnlyTheirOwnRecords(String name, Period period, Map<Metric, Long> nonZero) {
        Map<Metric, Long> expected = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            expected.put(m, nonZero.getOrDefault(m, 0L));
        }
        assertEquals(expected, figures(Scope.all(period)).values());
    }

    static Stream<Arguments> scopedFigures() {
        return Stream.of(
                Arguments.of("青山镇", Metric.VISITORS, 9L),
                Arguments.of("青山镇", Metric.PETITIONS_RESOLVED, 1L),
                Arguments.of("青山镇", Metric.LEADS_RECEIVED, 2L),
                Arguments.of("青山镇", Metric.LEADS_TRIAGED, 3L),
                Arguments.of("青山镇", Metric.CASES_ACCEPTED, 2L),
                Arguments.of("青山镇", Metric.CASES_CONCLUDED, 2L),
                Arguments.of("青山镇", Metric.MEDIATIONS, 2L),
                Arguments.of("青山镇", Metric.COMMUNITY_SERVICE_HOURS, 12L),
                Arguments.of("青山镇", Metric.ISSUED, 3L),
                Arguments.of("青山镇", Metric.ESCALATED, 1L),
                Arguments.of("青山镇", Metric.LAWSUITS, 0L),
                Arguments.of("周振宇", Metric.VISITORS, 7L),
                Arguments.of("周振宇", Metric.MEDIATIONS, 2L),
                Arguments.of("周振宇", Metric.COMMUNITY_SERVICE_HOURS, 5L),
                Arguments.of("周振宇", Metric.ISSUED, 3L),
                Arguments.of("周振宇", Metric.LAWSUITS, 1L),
                Arguments.of("白沙村·周振宇", Metric.VISITORS, 3L),
                Arguments.of("白沙村·周振宇", Metric.ISSUED, 2L));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scopedFigures")
    void aStationOrProsecutorCountsOnlyItsOwnRecords(String who, Metric metric, long expected) {
        Scope scope = switch (who) {
            case "青山镇" -> fx.at(fx.qingshan);
            case "周振宇" -> fx.of(fx.zhou);
            default -> new Scope(WorkloadFixture.QUARTER, fx.baisha.id(), fx.baisha.name(), fx.zhou.id(),
                    fx.zhou.name());
        };
        assertEquals(expected, figures(scope).get(metric));
    }

    @Test
    void aPeriodWithoutRecordsAndAStationWithoutRecordsCountNothing() {
        assertTrue(figures(Scope.all(Period.month(YearMonth.of(2026, 2)))).isEmpty());
        assertTrue(figures(fx.at(fx.emptyStation)).isEmpty());
    }

    @Test
    void theCohortIsFollowedToTheDayGiven() {
        // The recommendation served 2026-09-25 has its reply due on 2026-11-25.
        Figures later = read(s -> s.figures(WorkloadFixture.SCOPE, LocalDate.of(2026, 11, 25)));
        assertEquals(5, later.get(Metric.DUE));
        assertEquals(4, figures(WorkloadFixture.SCOPE).get(Metric.DUE));
    }

    @Test
    void rateTermsArePerMonthOfIssueAndOfTriage() {
        Map<String, Figures> months = read(s -> s.rateTermsByMonth(WorkloadFixture.SCOPE, TestRegister.TODAY));
        assertEquals(List.of("2026-07", "2026-08", "2026-09"), List.copyOf(months.keySet()));
        List<Metric> terms = List.of(Metric.ISSUED, Metric.DUE, Metric.REPLIED, Metric.ADOPTED, Metric.RECTIFIED,
                Metric.LEADS_TRIAGED, Metric.LEADS_TO_CASES);
        assertEquals(List.of(3L, 3L, 2L, 1L, 1L, 2L, 1L), values(months.get("2026-07"), terms));
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L, 1L, 0L), values(months.get("2026-08"), terms));
        assertEquals(List.of(3L, 0L, 0L, 0L, 0L, 2L, 1L), values(months.get("2026-09"), terms));
    }

    private static List<Long> values(Figures f, List<Metric> metrics) {
        return metrics.stream().map(f::get).toList();
    }

    @Test
    void countsPerStationCarryTheStationsNamesAndNoneForRecordsWithout() {
        Map<String, GroupCount> leads = byKey(read(s -> s.counts(WorkloadFixture.SCOPE,
                Selection.of(RecordKind.LEAD, Grouping.STATION))));
        assertEquals(Map.of(String.valueOf(fx.qingshan.id()), new GroupCount(String.valueOf(fx.qingshan.id()),
                        "青山镇检察联络站", 2), String.valueOf(fx.baisha.id()), new GroupCount(String.valueOf(fx.baisha.id()),
                        "白沙村检察联络站", 2), Grouping.NONE, new GroupCount(Grouping.NONE, null, 2)), leads);
    }

    static Stream<Arguments> groupedCounts() {
        return Stream.of(
                Arguments.of(Selection.of(RecordKind.VISIT, Grouping.MONTH),
                        Map.of("2026-07", 2L, "2026-08", 2L, "2026-09", 3L)),
                Arguments.of(Selection.of(RecordKind.LEAD, Grouping.STARS),
                        Map.of("5", 1L, "4", 2L, "3", 1L, "2", 1L, Grouping.NONE, 1L)),
                Arguments.of(Selection.of(RecordKind.LEAD, Grouping.SOURCE),
                        Map.of("GRID_WORKER", 2L, "HOTLINE_12345", 2L, "SNAPSHOT_APP", 1L, "MEDIA", 1L)),
                Arguments.of(Selection.of(RecordKind.MATTER, Grouping.FIELD),
                        Map.of("OTHER", 2L, "ECOLOGY", 1L, "LAND", 1L, "MINORS", 1L)),
                Arguments.of(Selection.of(RecordKind.RECOMMENDATION, Grouping.BUSINESS_LINE),
                        Map.of("PUBLIC_INTEREST", 5L, "ADMINISTRATIVE", 1L, "CRIMINAL", 1L)),
                Arguments.of(new Selection(RecordKind.LEAD, Selection.Basis.TRIAGED, Grouping.MONTH),
                        Map.of("2026-07", 2L, "2026-08", 1L, "2026-09", 2L)),
                Arguments.of(Selection.of(RecordKind.WORK, Grouping.MONTH),
                        Map.of("2026-07", 3L, "2026-08", 4L, "2026-09", 4L)));
    }

    @ParameterizedTest
    @MethodSource("groupedCounts")
    void groupedCountsMatchTheHandCount(Selection selection, Map<String, Long> expected) {
        List<GroupCount> counts = read(s -> s.counts(WorkloadFixture.SCOPE, selection));
        assertEquals(expected, counts.stream().collect(Collectors.toMap(GroupCount::key, GroupCount::count)));
    }

    private static Map<String, GroupCount> byKey(List<GroupCount> counts) {
        return counts.stream().collect(Collectors.toMap(GroupCount::key, g -> g));
    }

    @Test
    void theStagesOfTheLadderAreListedButNeverGrouped() {
        assertThrows(IllegalArgumentException.class, () -> read(s -> s.counts(WorkloadFixture.SCOPE,
                Selection.of(RecordKind.RECOMMENDATION, Grouping.STAGE))));
        RecordPage escalated = read(s -> s.records(WorkloadFixture.SCOPE,
                Selection.of(RecordKind.RECOMMENDATION, Grouping.STAGE), "ESCALATED", TestRegister.TODAY, 10));
        assertEquals(1, escalated.total());
        assertEquals("关于白沙村耕地保护巡查问题的检察建议", escalated.rows().get(0).text());
        assertThrows(IllegalArgumentException.class, () -> read(s -> s.records(WorkloadFixture.SCOPE,
                Selection.of(RecordKind.RECOMMENDATION, Grouping.STAGE), "VISITORS", TestRegister.TODAY, 10)));
    }

    @Test
    void recordsComeNewestFirstUpToTheLimitWithTheirTotal() {
        Selection visitsByMonth = Selection.of(RecordKind.VISIT, Grouping.MONTH);
        RecordPage all = read(s -> s.records(WorkloadFixture.SCOPE, visitsByMonth, "2026-09", TestRegister.TODAY, 10));
        assertEquals(List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 3)),
                all.rows().stream().map(RecordRow::date).toList());
        assertEquals(3, all.total());
        RecordPage two = read(s -> s.records(WorkloadFixture.SCOPE, visitsByMonth, "2026-09", TestRegister.TODAY, 2));
        assertEquals(all.rows().subList(0, 2), two.rows());
        assertEquals(3, two.total());
    }

    @Test
    void aListedRecordCarriesWhatItsTitleIsMadeOf() {
        RecordPage july = read(s -> s.records(WorkloadFixture.SCOPE, Selection.of(RecordKind.VISIT, Grouping.MONTH),
                "2026-07", TestRegister.TODAY, 10));
        assertEquals(new RecordRow(RecordKind.VISIT, fx.consultationByWang, LocalDate.of(2026, 7, 5), "CONSULTATION",
                null, "王秀英咨询宅基地纠纷的处理途径", "王秀英", "青山镇检察联络站", "林晓峰"), july.rows().get(1));
        RecordPage noStation = read(s -> s.records(WorkloadFixture.SCOPE,
                Selection.of(RecordKind.LEAD, Grouping.STATION), Grouping.NONE, TestRegister.TODAY, 10));
        assertEquals(List.of("", ""), noStation.rows().stream().map(RecordRow::station).toList());
    }

    @Test
    void recordsInTheRecycleBinAreNeverListed() {
        for (RecordKind kind : RecordKind.values()) {
            RecordPage august = read(s -> s.records(WorkloadFixture.SCOPE, Selection.of(kind, Grouping.MONTH),
                    "2026-08", TestRegister.TODAY, 100));
            assertTrue(august.rows().stream().noneMatch(r -> r.text().startsWith("已删除")), kind.name());
        }
    }

    @Test
    void aKeyThatIsNotAnIdIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> read(s -> s.records(WorkloadFixture.SCOPE,
                Selection.of(RecordKind.VISIT, Grouping.STATION), "青山镇", TestRegister.TODAY, 10)));
    }

    static Stream<Arguments> impossibleSelections() {
        return Stream.of(
                Arguments.of(RecordKind.VISIT, Selection.Basis.REGISTERED, Grouping.SOURCE),
                Arguments.of(RecordKind.WORK, Selection.Basis.REGISTERED, Grouping.BUSINESS_LINE),
                Arguments.of(RecordKind.VISIT, Selection.Basis.REGISTERED, Grouping.FIELD),
                Arguments.of(RecordKind.MATTER, Selection.Basis.REGISTERED, Grouping.STAGE),
                Arguments.of(RecordKind.MATTER, Selection.Basis.TRIAGED, Grouping.MONTH));
    }

    @ParameterizedTest
    @MethodSource("impossibleSelections")
    void selectionsThatCountNothingMeaningfulAreRefused(RecordKind kind, Selection.Basis basis, Grouping grouping) {
        assertThrows(IllegalArgumentException.class, () -> new Selection(kind, basis, grouping));
    }

    @Test
    void aFailedQueryComesOutAsItsSqlExceptionAndEndsTheTransaction() throws SQLException {
        try (Connection empty = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("empty.db"))) {
            SQLException e = assertThrows(SQLException.class,
                    () -> repository.read(empty, s -> s.figures(WorkloadFixture.SCOPE, TestRegister.TODAY)));
            assertTrue(e.getMessage().contains("no such table"), e.getMessage());
            try (Statement st = empty.createStatement()) {
                // Would fail with "cannot start a transaction within a transaction" had the snapshot stayed open.
                st.execute("BEGIN");
                st.execute("ROLLBACK");
            }
        }
    }
}
