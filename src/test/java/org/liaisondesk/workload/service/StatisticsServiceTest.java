package org.liaisondesk.workload.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.settings.model.StatisticsSettings;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;
import org.liaisondesk.testsupport.TestRegister;
import org.liaisondesk.workload.WorkloadFixture;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Drill;
import org.liaisondesk.workload.model.DrillTarget;
import org.liaisondesk.workload.model.DrilledRecord;
import org.liaisondesk.workload.model.Figures;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Rate;
import org.liaisondesk.workload.model.RateConventions;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;

/** The statistics of the hand-built register of {@link WorkloadFixture}: figures, charts, the records behind bars. */
class StatisticsServiceTest {
    @TempDir
    static Path folder;
    private static WorkloadFixture fx;
    private static Statistics quarter;

    @BeforeAll
    static void build() {
        fx = new WorkloadFixture(folder.resolve("register"));
        quarter = fx.statistics.compute(WorkloadFixture.SCOPE);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    private static Map<Metric, Long> every(Map<Metric, Long> nonZero) {
        Map<Metric, Long> all = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            all.put(m, nonZero.getOrDefault(m, 0L));
        }
        return all;
    }

    @Test
    void theFiguresOfThePeriodTheOneBeforeAndLastYearAreTheHandCounts() {
        assertEquals(every(WorkloadFixture.QUARTER_FIGURES), quarter.current().values());
        assertEquals(every(WorkloadFixture.PREVIOUS_FIGURES), quarter.previous().values());
        assertEquals(every(WorkloadFixture.LAST_YEAR_FIGURES), quarter.lastYear().values());
        assertEquals(quarter.current(), fx.statistics.figures(WorkloadFixture.SCOPE));
        assertEquals(TestRegister.TODAY, quarter.computedOn());
        assertEquals(RateConventions.DEFAULT, quarter.conventions());
    }

    @Test
    void theParagraphIsWrittenFromTheSameFigures() {
        assertTrue(quarter.summary().startsWith("2026年第三季度"), quarter.summary());
        assertTrue(quarter.summary().contains("接待来访群众13人次（其中咨询6人次）"), quarter.summary());
        assertTrue(quarter.summary().contains("兑现司法救助2人2万元"), quarter.summary());
        assertTrue(quarter.summary().contains("制发检察建议7件"), quarter.summary());
    }

    static Stream<Arguments> rates() {
        return Stream.of(
                rate(ReplyRateBase.ISSUED, AdoptionRateBase.REPLIED, RateKind.REPLY, Metric.ISSUED, 2, 7, "28.6%"),
                rate(ReplyRateBase.DUE, AdoptionRateBase.REPLIED, RateKind.REPLY, Metric.DUE, 2, 4, "50%"),
                rate(ReplyRateBase.ISSUED, AdoptionRateBase.REPLIED, RateKind.ADOPTION, Metric.REPLIED, 1, 2, "50%"),
                rate(ReplyRateBase.ISSUED, AdoptionRateBase.ISSUED, RateKind.ADOPTION, Metric.ISSUED, 1, 7, "14.3%"),
                rate(ReplyRateBase.DUE, AdoptionRateBase.ISSUED, RateKind.RECTIFICATION, Metric.ADOPTED, 1, 1, "100%"),
                rate(ReplyRateBase.DUE, AdoptionRateBase.ISSUED, RateKind.LEAD_CONVERSION, Metric.LEADS_TRIAGED, 2, 5,
                        "40%"));
    }

    private static Arguments rate(ReplyRateBase reply, AdoptionRateBase adoption, RateKind kind, Metric denominator,
                                  long num, long den, String text) {
        return Arguments.of(reply, adoption, kind, denominator, num, den, text);
    }

    @ParameterizedTest(name = "{2} with reply ÷ {0}, adoption ÷ {1}")
    @MethodSource("rates")
    void eachRateDividesByTheDenominatorTheSettingsChoose(ReplyRateBase reply, AdoptionRateBase adoption,
                                                         RateKind kind, Metric denominator, long num, long den,
                                                         String text) {
        StatisticsSettings conventions = new StatisticsSettings();
        conventions.setReplyRateBase(reply);
        conventions.setAdoptionRateBase(adoption);
        fx.ladder.settings.setStatistics(conventions);
        try {
            Statistics stats = fx.statistics.compute(WorkloadFixture.SCOPE);
            Rate rate = stats.rate(kind);
            assertEquals(denominator, rate.denominator());
            assertEquals(List.of(num, den, text), List.of(rate.num(), rate.den(), rate.text()));
            String caption = stats.chart(ChartKind.RATES_OVER_TIME).caption();
            String replyFormula = reply == ReplyRateBase.DUE ? "回复率 = 已回复 ÷ 回复期限已届满" : "回复率 = 已回复 ÷ 制发检察建议";
            assertTrue(caption.contains(replyFormula), caption);
        } finally {
            fx.ladder.settings.setStatistics(new StatisticsSettings());
        }
    }

    @Test
    void anEmptyPeriodCountsNothingAndShowsNoRate() {
        Statistics empty = fx.statistics.compute(Scope.all(Period.month(YearMonth.of(2026, 2))));
        assertTrue(empty.current().isEmpty());
        for (RateKind kind : RateKind.values()) {
            assertEquals(Rate.NONE, empty.rate(kind).text(), kind.name());
        }
        for (ChartData chart : empty.charts()) {
            assertTrue(chart.isEmpty(), chart.kind().name());
        }
        assertTrue(empty.summary().contains("未登记工作数据"), empty.summary());
    }

    @Test
    void aStationWithoutRecordsCountsNothing() {
        Statistics none = fx.statistics.compute(fx.at(fx.emptyStation));
        assertTrue(none.current().isEmpty());
        assertTrue(none.chart(ChartKind.BY_STATION).categories().isEmpty());
        assertEquals(5, quarter.current().get(Metric.CASES_ACCEPTED));
    }

    @Test
    void everyChartIsThereInOrderWithItsTitle() {
        assertEquals(Arrays.asList(ChartKind.values()), quarter.charts().stream().map(ChartData::kind).toList());
        assertEquals("每月工作量", quarter.chart(ChartKind.MONTHLY_WORK).title());
        assertEquals("线索来源", quarter.chart(ChartKind.LEAD_SOURCES).title());
    }

    private static List<String> keys(ChartData chart) {
        return chart.categories().stream().map(ChartData.Category::key).toList();
    }

    private static List<String> labels(ChartData chart) {
        return chart.categories().stream().map(ChartData.Category::label).toList();
    }

    private static List<Double> values(ChartData chart, String series) {
        return chart.series().stream().filter(s -> s.key().equals(series)).findFirst().orElseThrow().values();
    }

    private static List<Double> d(double... values) {
        return Arrays.stream(values).boxed().toList();
    }

    @Test
    void monthlyWorkStacksEachKindPerMonth() {
        ChartData chart = quarter.chart(ChartKind.MONTHLY_WORK);
        assertEquals(List.of("2026-07", "2026-08", "2026-09"), keys(chart));
        assertEquals(List.of("7月", "8月", "9月"), labels(chart));
        assertEquals(List.of("VISIT", "LEAD", "MATTER", "WORK", "RECOMMENDATION"),
                chart.series().stream().map(ChartData.Series::key).toList());
        assertEquals("来访", chart.series().get(0).label());
        assertEquals(d(2, 2, 3), values(chart, "VISIT"));
        assertEquals(d(2, 2, 2), values(chart, "LEAD"));
        assertEquals(d(2, 1, 2), values(chart, "MATTER"));
        assertEquals(d(3, 4, 4), values(chart, "WORK"));
        assertEquals(d(3, 1, 3), values(chart, "RECOMMENDATION"));
    }

    @Test
    void monthsOfAPeriodAcrossYearsNameTheirYear() {
        ChartData chart = fx.statistics.compute(Scope.all(Period.of(LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 1, 31)))).chart(ChartKind.MONTHLY_WORK);
        assertEquals(List.of("2025-12", "2026-01"), keys(chart));
        assertEquals(List.of("2025年12月", "2026年1月"), labels(chart));
    }

    @Test
    void stationsComeBusiestFirstAndRecordsWithoutOneLast() {
        ChartData chart = quarter.chart(ChartKind.BY_STATION);
        assertEquals(List.of(String.valueOf(fx.qingshan.id()), String.valueOf(fx.baisha.id()), "none"), keys(chart));
        assertEquals(List.of("青山镇检察联络站", "白沙村检察联络站", "未指定"), labels(chart));
        assertEquals(d(4, 3, 0), values(chart, "VISIT"));
        assertEquals(d(2, 2, 2), values(chart, "LEAD"));
        assertEquals(d(2, 2, 1), values(chart, "MATTER"));
        assertEquals(d(5, 5, 1), values(chart, "WORK"));
        assertEquals(d(3, 2, 2), values(chart, "RECOMMENDATION"));
    }

    @Test
    void aStationsOwnChartHasThatStationOnly() {
        ChartData chart = fx.statistics.compute(fx.at(fx.baisha)).chart(ChartKind.BY_STATION);
        assertEquals(List.of("白沙村检察联络站"), labels(chart));
        assertEquals(14.0, chart.total(0));
    }

    @Test
    void prosecutorsComeBusiestFirst() {
        ChartData chart = quarter.chart(ChartKind.BY_PROSECUTOR);
        assertEquals(List.of(String.valueOf(fx.lin.id()), String.valueOf(fx.zhou.id()), "none"), keys(chart));
        assertEquals(List.of("林晓峰", "周振宇", "未指定"), labels(chart));
        assertEquals(d(4, 3, 0), values(chart, "VISIT"));
        assertEquals(d(3, 2, 0), values(chart, "MATTER"));
        assertEquals(d(3, 3, 1), values(chart, "RECOMMENDATION"));
        assertEquals(List.of(17.0, 15.0, 4.0), List.of(chart.total(0), chart.total(1), chart.total(2)));
    }

    @Test
    void businessLinesAreTheFourInTheirOrder() {
        ChartData chart = quarter.chart(ChartKind.BY_BUSINESS_LINE);
        assertEquals(List.of("CRIMINAL", "CIVIL", "ADMINISTRATIVE", "PUBLIC_INTEREST"), keys(chart));
        assertEquals(List.of("刑事", "民事", "行政", "公益诉讼"), labels(chart));
        assertEquals(d(1, 1, 0, 3), values(chart, "MATTER"));
        assertEquals(d(1, 0, 1, 5), values(chart, "RECOMMENDATION"));
    }

    @Test
    void fieldsComeMostFrequentFirstTiesInTheListsOrder() {
        ChartData chart = quarter.chart(ChartKind.BY_FIELD);
        assertEquals(List.of("ECOLOGY", "LAND", "MINORS", "OTHER", "FOOD_DRUG"), keys(chart));
        assertEquals(List.of("生态环境", "国土资源/耕地保护", "未成年人保护", "其他", "食品药品"), labels(chart));
        assertEquals(d(3, 1, 1, 0, 1), values(chart, "LEAD"));
        assertEquals(d(1, 1, 1, 2, 0), values(chart, "MATTER"));
    }

    @Test
    void leadSourcesAreThoseWithLeadsInTheListsOrder() {
        ChartData chart = quarter.chart(ChartKind.LEAD_SOURCES);
        assertEquals(List.of("GRID_WORKER", "HOTLINE_12345", "SNAPSHOT_APP", "MEDIA"), keys(chart));
        assertEquals(List.of("网格员报送", "12345转办", "“随手拍”", "媒体"), labels(chart));
        assertEquals(d(2, 2, 1, 1), values(chart, "LEAD"));
    }

    @Test
    void leadRatingsShowEveryStarCountAndTheUnrated() {
        ChartData chart = quarter.chart(ChartKind.LEAD_RATINGS);
        assertEquals(List.of("5", "4", "3", "2", "1", "none"), keys(chart));
        assertEquals(List.of("5星", "4星", "3星", "2星", "1星", "未评级"), labels(chart));
        assertEquals(d(1, 2, 1, 1, 0, 1), values(chart, "LEAD"));
    }

    @Test
    void theFunnelFollowsTheCohortToToday() {
        ChartData chart = quarter.chart(ChartKind.LADDER_FUNNEL);
        assertEquals(List.of("ISSUED", "SERVED", "REPLIED", "ADOPTED", "RECTIFIED", "ESCALATED"), keys(chart));
        assertEquals(List.of("制发检察建议", "已送达", "已回复", "采纳", "整改到位", "升级监督"), labels(chart));
        assertEquals(d(7, 5, 2, 1, 1, 1), values(chart, "RECOMMENDATION"));
        assertTrue(chart.caption().contains("截至2026年11月23日"), chart.caption());
    }

    @Test
    void ratesOverTimeArePercentsPerMonthWithoutPointsWhereNothingDivides() {
        ChartData chart = quarter.chart(ChartKind.RATES_OVER_TIME);
        assertEquals(List.of("2026-07", "2026-08", "2026-09"), keys(chart));
        assertEquals(List.of("REPLY", "ADOPTION", "RECTIFICATION", "LEAD_CONVERSION"),
                chart.series().stream().map(ChartData.Series::key).toList());
        List<Double> reply = values(chart, "REPLY");
        assertEquals(200.0 / 3, reply.get(0), 1e-9);
        assertEquals(List.of(0.0, 0.0), reply.subList(1, 3));
        assertEquals(Arrays.asList(50.0, null, null), values(chart, "ADOPTION"));
        assertEquals(Arrays.asList(100.0, null, null), values(chart, "RECTIFICATION"));
        assertEquals(d(50, 0, 50), values(chart, "LEAD_CONVERSION"));
        assertTrue(chart.caption().contains("截至2026年11月23日"), chart.caption());
        assertTrue(chart.caption().contains("回复率 = 已回复 ÷ 制发检察建议；采纳率 = 采纳 ÷ 已回复；整改率 = 整改到位 ÷ 采纳；"
                + "线索成案率 = 线索成案 ÷ 研判线索"), chart.caption());
    }

    static Stream<Scope> drilledScopes() {
        return Stream.of(WorkloadFixture.SCOPE,
                Scope.all(Period.of(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 10))),
                Scope.all(Period.year(2026)));
    }

    /** The records behind every bar, point and slice are exactly as many as the bar counted. */
    @ParameterizedTest
    @MethodSource("drilledScopes")
    void theRecordsBehindEveryBarAreExactlyThoseItCounted(Scope scope) {
        Statistics stats = fx.statistics.compute(scope);
        int bars = 0;
        for (ChartData chart : stats.charts()) {
            for (ChartData.Series series : chart.series()) {
                String seriesKey = chart.series().size() == 1 ? null : series.key();
                for (int i = 0; i < chart.categories().size(); i++) {
                    String category = chart.categories().get(i).key();
                    Drill drill = fx.statistics.drill(scope, new DrillTarget(chart.kind(), category, seriesKey), 1000);
                    long expected = chart.kind() == ChartKind.RATES_OVER_TIME
                            ? denominatorCount(scope, series.key(), category) : Math.round(series.values().get(i));
                    assertEquals(expected, drill.total(), chart.kind() + " " + category + " " + series.key());
                    assertEquals(expected, drill.records().size());
                    assertEquals(expected,
                            drill.records().stream().map(r -> r.kind() + ":" + r.id()).distinct().count());
                    bars++;
                }
            }
        }
        assertTrue(bars > 50, "bars checked: " + bars);
    }

    /** A rate's point stands on the recommendations issued that month, or for lead conversion the leads triaged. */
    private static long denominatorCount(Scope scope, String rate, String month) {
        YearMonth m = YearMonth.parse(month);
        LocalDate from = m.atDay(1).isBefore(scope.period().from()) ? scope.period().from() : m.atDay(1);
        LocalDate to = m.atEndOfMonth().isAfter(scope.period().to()) ? scope.period().to() : m.atEndOfMonth();
        Figures figures = fx.statistics.figures(scope.withPeriod(Period.of(from, to)));
        return figures.get(rate.equals(RateKind.LEAD_CONVERSION.name()) ? Metric.LEADS_TRIAGED : Metric.ISSUED);
    }

    @Test
    void singleSeriesChartsAcceptTheirSeriesNamedOrNot() {
        DrillTarget unnamed = new DrillTarget(ChartKind.LEAD_SOURCES, "GRID_WORKER", null);
        DrillTarget named = new DrillTarget(ChartKind.LEAD_SOURCES, "GRID_WORKER", "LEAD");
        assertEquals(fx.statistics.drill(WorkloadFixture.SCOPE, unnamed, 10).records(),
                fx.statistics.drill(WorkloadFixture.SCOPE, named, 10).records());
    }

    @Test
    void recordsAreShownNewestFirstWithNamesMasked() {
        Drill july = fx.statistics.drill(WorkloadFixture.SCOPE, new DrillTarget(ChartKind.MONTHLY_WORK, "2026-07",
                "VISIT"), 10);
        assertEquals(List.of(
                new DrilledRecord(RecordKind.VISIT, july.records().get(0).id(), LocalDate.of(2026, 7, 20),
                        "咨询：咨询赡养费纠纷", "青山镇检察联络站", "林晓峰"),
                new DrilledRecord(RecordKind.VISIT, fx.consultationByWang, LocalDate.of(2026, 7, 5),
                        "咨询：王某某咨询宅基地纠纷的处理途径", "青山镇检察联络站", "林晓峰")), july.records());
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of(ChartKind.BY_FIELD, "OTHER", "MATTER", "王某某诉张某抚养费纠纷支持起诉案"),
                Arguments.of(ChartKind.BY_FIELD, "ECOLOGY", "LEAD", "罗某某反映清溪河有人倾倒建筑垃圾"),
                Arguments.of(ChartKind.MONTHLY_WORK, "2026-07", "WORK", "矛盾纠纷化解：罗某某与罗某某宅基地纠纷调解"),
                Arguments.of(ChartKind.MONTHLY_WORK, "2026-07", "WORK", "司法救助：蒋某某司法救助"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("titles")
    void titlesNeverShowAPersonsFullName(ChartKind chart, String category, String series, String title) {
        List<String> titles = fx.statistics.drill(WorkloadFixture.SCOPE, new DrillTarget(chart, category, series), 50)
                .records().stream().map(DrilledRecord::title).toList();
        assertTrue(titles.contains(title), titles.toString());
    }

    @Test
    void aRecommendationIsTitledByItsNumberAndTitle() {
        Drill rectified = fx.statistics.drill(WorkloadFixture.SCOPE,
                new DrillTarget(ChartKind.LADDER_FUNNEL, "RECTIFIED", null), 10);
        String number = fx.ladder.ladder.find(fx.rectifiedRecommendation).orElseThrow().number();
        assertFalse(number.isEmpty());
        assertEquals(List.of(new DrilledRecord(RecordKind.RECOMMENDATION, fx.rectifiedRecommendation,
                LocalDate.of(2026, 7, 3), number + " 关于清溪河建筑垃圾污染问题的检察建议", "青山镇检察联络站", "林晓峰")),
                rectified.records());
    }

    @Test
    void aLongListIsCutAtTheLimitAndKnowsItsTotal() {
        Drill issued = fx.statistics.drill(WorkloadFixture.SCOPE, new DrillTarget(ChartKind.LADDER_FUNNEL, "ISSUED",
                "RECOMMENDATION"), 3);
        assertEquals(3, issued.records().size());
        assertEquals(7, issued.total());
        assertTrue(issued.truncated());
        List<LocalDate> dates = issued.records().stream().map(DrilledRecord::date).toList();
        assertEquals(List.of(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 15)), dates);
    }

    static Stream<DrillTarget> barsThatDoNotExist() {
        return Stream.of(
                new DrillTarget(ChartKind.MONTHLY_WORK, "2026-07", null),
                new DrillTarget(ChartKind.MONTHLY_WORK, "2026-07", "REPLY"),
                new DrillTarget(ChartKind.BY_BUSINESS_LINE, "CIVIL", "LEAD"),
                new DrillTarget(ChartKind.BY_FIELD, "LAND", "VISIT"),
                new DrillTarget(ChartKind.BY_STATION, "青山镇", "VISIT"),
                new DrillTarget(ChartKind.LEAD_SOURCES, "MEDIA", "MATTER"),
                new DrillTarget(ChartKind.LADDER_FUNNEL, "VISITORS", null),
                new DrillTarget(ChartKind.RATES_OVER_TIME, "2026-07", null));
    }

    @ParameterizedTest
    @MethodSource("barsThatDoNotExist")
    void aBarNoChartHasIsRefused(DrillTarget target) {
        assertThrows(IllegalArgumentException.class, () -> fx.statistics.drill(WorkloadFixture.SCOPE, target, 10));
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = {"DUE", "PARTLY_ADOPTED", "LAWSUITS", "ISSUED_CLASS"})
    void everyFigureOfTheLadderCanBeListed(Metric stage) {
        Drill drill = fx.statistics.drill(WorkloadFixture.SCOPE, new DrillTarget(ChartKind.LADDER_FUNNEL, stage.name(),
                null), 10);
        assertEquals(quarter.current().get(stage), drill.total());
    }

    @Test
    void progressReachesEveryStep(@TempDir Path own) {
        try (WorkloadFixture f = new WorkloadFixture(own)) {
            List<String> updates = new ArrayList<>();
            f.statistics.compute(WorkloadFixture.SCOPE, (done, total) -> updates.add(done + "/" + total), () -> false);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                expected.add(i + "/12");
            }
            assertEquals(expected, updates);
        }
    }

    @Test
    void aCancelledComputationStopsAndLeavesTheRegisterReadable(@TempDir Path own) {
        try (WorkloadFixture f = new WorkloadFixture(own)) {
            List<Integer> done = new ArrayList<>();
            assertThrows(CancellationException.class, () -> f.statistics.compute(WorkloadFixture.SCOPE,
                    (d, t) -> done.add(d), () -> done.size() >= 4));
            assertEquals(List.of(1, 2, 3, 4), done);
            saveQuarterVisit(f);
            // Both pooled connections in turn: neither may be stuck in the cancelled computation's snapshot.
            for (int i = 0; i < 3; i++) {
                assertEquals(14, f.statistics.figures(WorkloadFixture.SCOPE).get(Metric.VISITORS));
            }
        }
    }

    @Test
    void aSaveDuringTheComputationChangesNothingItReturns(@TempDir Path own) {
        try (WorkloadFixture f = new WorkloadFixture(own)) {
            Statistics during = f.statistics.compute(WorkloadFixture.SCOPE, (d, t) -> {
                if (d == 1) {
                    saveQuarterVisit(f);
                }
            }, () -> false);
            assertEquals(13, during.current().get(Metric.VISITORS));
            assertEquals(d(2, 2, 3), values(during.chart(ChartKind.MONTHLY_WORK), "VISIT"));
            Statistics after = f.statistics.compute(WorkloadFixture.SCOPE);
            assertEquals(14, after.current().get(Metric.VISITORS));
            assertEquals(d(3, 2, 3), values(after.chart(ChartKind.MONTHLY_WORK), "VISIT"));
        }
    }

    private static void saveQuarterVisit(WorkloadFixture f) {
        f.reg.visits.save(TestRegister.visit(f.qingshan, f.lin, LocalDate.of(2026, 7, 25), "咨询继承纠纷")
                .category(VisitCategory.OTHER).build());
    }

    @Test
    void theDayOfTheCohortIsTheClocksToday() {
        assertEquals(TestRegister.TODAY, fx.statistics.today());
    }
}
