package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.workload.WorkloadFixture;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.DrillTarget;
import org.liaisondesk.workload.model.DrilledRecord;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Scope;

/**
 * The statistics screen's state on the known register of {@link WorkloadFixture}: 2026年第三季度 holds its records,
 * the current quarter (the default, today being 2026-11-23) nearly none.
 */
class StatisticsViewModelTest {
    private static final Period Q3 = WorkloadFixture.QUARTER;
    private static final Period Q4 = Period.quarter(2026, 4);

    @TempDir
    Path temp;

    private StatisticsUiFixture f;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<StatisticsViewModel.DrillResult> drills = new ArrayList<>();
    private Consumer<Runnable> uiThread = Runnable::run;

    @BeforeEach
    void setUp() {
        f = new StatisticsUiFixture(temp);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private StatisticsViewModel model(BackgroundExecutor executor) {
        StatisticsViewModel m = new StatisticsViewModel(f.context(executor, dialogs, path -> {
            opened.add(path);
            return true;
        }), r -> uiThread.accept(r));
        m.setDrillPresenter(drills::add);
        return m;
    }

    private StatisticsViewModel loaded() {
        StatisticsViewModel m = model(new DirectBackgroundExecutor());
        m.load();
        return m;
    }

    private static FigureRow row(StatisticsViewModel m, String name) {
        return m.figureRows().stream().filter(r -> !r.heading() && r.name().equals(name)).findFirst().orElseThrow();
    }

    private static Period shown(StatisticsViewModel m) {
        return m.statisticsProperty().get().scope().period();
    }

    @Test
    void startsOnTheCurrentQuarterWithTheFiguresRatesChartsAndParagraph() {
        StatisticsViewModel m = loaded();
        assertEquals(Q4, shown(m));
        assertEquals("2026年第四季度 · 全部联络站", m.headingProperty().get());
        assertEquals("统计日：2026年11月23日，检察建议的进展截至该日。环比对照2026年第三季度，同比对照2025年第四季度。",
                m.basisProperty().get());
        FigureRow visitors = row(m, "接待来访群众");
        assertEquals(List.of("0", "人次", "13", "-100%", "0", "—"), List.of(visitors.current(), visitors.unit(),
                visitors.previous(), visitors.previousChange(), visitors.lastYear(), visitors.lastYearChange()));
        assertTrue(visitors.definition().contains("来访人数"), visitors.definition());
        assertEquals(List.of("来访接待", "线索", "案件", "履职活动", "检察建议（本期制发的建议截至统计日的进展）"),
                m.figureRows().stream().filter(FigureRow::heading).map(FigureRow::name).toList());
        assertEquals(List.of("万元", "2"), List.of(row(m, "发放司法救助金").unit(), row(m, "发放司法救助金").previous()),
                "money in 万元");
        assertEquals(List.of("回复率", "采纳率", "整改率", "线索成案率"), m.rateRows().stream().map(RateRow::name).toList());
        assertEquals(ChartKind.values().length, m.charts().size());
        assertFalse(m.summaryProperty().get().isBlank());
        assertEquals(Set.of("青山镇检察联络站", "白沙村检察联络站", "清溪社区检察联络站"),
                m.stations().stream().map(s -> s.name()).collect(Collectors.toSet()));
        assertEquals(Set.of("林晓峰", "周振宇"), m.prosecutors().stream().map(p -> p.name()).collect(Collectors.toSet()));
        assertFalse(m.computingProperty().get());
        assertEquals("", m.problemProperty().get());
    }

    @Test
    void aRateWithNothingToDivideByShowsADashBesideItsDenominator() {
        StatisticsViewModel m = loaded();
        assertEquals(new RateRow("回复率", "—", "已回复 ÷ 制发检察建议 = 0 ÷ 0"), m.rateRows().get(0));
        m.showPeriod(Q3);
        assertEquals(new RateRow("回复率", "28.6%", "已回复 ÷ 制发检察建议 = 2 ÷ 7"), m.rateRows().get(0));
        assertEquals(new RateRow("线索成案率", "40%", "线索成案 ÷ 研判线索 = 2 ÷ 5"), m.rateRows().get(3));
    }

    static Stream<Arguments> choices() {
        return Stream.of(
                Arguments.of(Period.Kind.MONTH, 2026, 3, 1, null, null, Period.month(YearMonth.of(2026, 3))),
                Arguments.of(Period.Kind.QUARTER, 2025, 1, 2, null, null, Period.quarter(2025, 2)),
                Arguments.of(Period.Kind.YEAR, 2024, 1, 1, null, null, Period.year(2024)),
                Arguments.of(Period.Kind.CUSTOM, 2026, 1, 1, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2),
                        new Period(Period.Kind.CUSTOM, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2))),
                // A custom span that is exactly a month compares like the month.
                Arguments.of(Period.Kind.CUSTOM, 2026, 1, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                        Period.month(YearMonth.of(2026, 6))));
    }

    @ParameterizedTest
    @MethodSource("choices")
    void aPeriodChoiceGivesItsPeriodAndIsComputed(Period.Kind kind, int year, int month, int quarter, LocalDate from,
                                                  LocalDate to, Period expected) {
        StatisticsViewModel m = loaded();
        PeriodChoice c = m.choice();
        c.kindProperty().set(kind);
        c.yearProperty().set(year);
        c.monthProperty().set(month);
        c.quarterProperty().set(quarter);
        c.fromProperty().set(from);
        c.toProperty().set(to);
        assertEquals(expected, m.scope().period());
        assertEquals(expected, shown(m), "the change was computed");
    }

    @Test
    void aStationAndAProsecutorNarrowTheScope() {
        StatisticsViewModel m = loaded();
        m.showPeriod(Q3);
        assertEquals("13", row(m, "接待来访群众").current());
        m.stationProperty().set(m.stations().stream().filter(s -> s.id().equals(f.w.qingshan.id())).findFirst()
                .orElseThrow());
        assertEquals("9", row(m, "接待来访群众").current());
        m.prosecutorProperty().set(m.prosecutors().stream().filter(p -> p.id().equals(f.w.lin.id())).findFirst()
                .orElseThrow());
        assertEquals(new Scope(Q3, f.w.qingshan.id(), "青山镇检察联络站", f.w.lin.id(), "林晓峰"),
                m.statisticsProperty().get().scope());
        assertEquals("2026年第三季度 · 青山镇检察联络站·林晓峰", m.headingProperty().get());
        assertEquals("5", row(m, "接待来访群众").current());
        m.stationProperty().set(null);
        m.prosecutorProperty().set(null);
        assertEquals(Scope.all(Q3), m.statisticsProperty().get().scope());
        assertEquals("13", row(m, "接待来访群众").current());
    }

    @Test
    void anInvertedCustomRangeIsRefusedAndNothingIsComputed() {
        QueuedExecutor executor = new QueuedExecutor();
        StatisticsViewModel m = model(executor);
        m.load();
        executor.runAll();
        PeriodChoice c = m.choice();
        c.kindProperty().set(Period.Kind.CUSTOM);
        c.fromProperty().set(LocalDate.of(2026, 3, 1));
        executor.runAll();
        Period lastShown = new Period(Period.Kind.CUSTOM, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        assertEquals(lastShown, shown(m));
        c.toProperty().set(LocalDate.of(2026, 2, 1));
        assertEquals(0, executor.size(), "no query for an inverted range");
        assertNull(m.scope());
        assertEquals("结束日期早于开始日期，请更正后再统计。", m.problemProperty().get());
        assertEquals(lastShown, shown(m), "the last results stay");
        m.compute();
        assertEquals(0, executor.size(), "统计 refuses it too");
        c.toProperty().set(LocalDate.of(2026, 3, 31));
        assertEquals(1, executor.size());
        executor.runAll();
        assertEquals("", m.problemProperty().get());
        assertEquals(Period.month(YearMonth.of(2026, 3)), shown(m));
    }

    @Test
    void cancellingKeepsTheResultsShown() {
        StatisticsViewModel m = loaded();
        m.showPeriod(Q3);
        var before = m.statisticsProperty().get();
        List<Double> progress = new ArrayList<>();
        uiThread = r -> {
            r.run();
            progress.add(m.progressProperty().get());
            m.cancel();
        };
        m.showCurrentYear();
        assertEquals(1, progress.size(), "cancelled after the first step");
        assertTrue(progress.get(0) > 0 && progress.get(0) < 1, "progress " + progress);
        assertEquals(before, m.statisticsProperty().get());
        assertEquals("13", row(m, "接待来访群众").current());
        assertEquals("已取消，仍显示之前的统计结果。", m.noticeProperty().get());
        assertFalse(m.computingProperty().get());
        assertEquals("", m.problemProperty().get(), "a cancel is no failure");
        assertTrue(dialogs.errors.isEmpty());

        uiThread = Runnable::run;
        m.compute();
        assertEquals(Period.year(2026), shown(m), "统计 computes it after all");
        assertEquals("", m.noticeProperty().get());
        assertEquals("15", row(m, "接待来访群众").current());
    }

    @Test
    void anAnswerOlderThanTheLatestRequestIsDropped() {
        QueuedExecutor executor = new QueuedExecutor();
        StatisticsViewModel m = model(executor);
        m.load();
        m.showCurrentYear();
        m.showPeriod(Q3);
        assertTrue(m.computingProperty().get());
        // The newest request answers first; then the older ones come back late.
        executor.run(executor.size() - 1);
        assertEquals(Q3, shown(m));
        assertFalse(m.computingProperty().get());
        executor.runAll();
        assertEquals(Q3, shown(m));
        assertEquals("13", row(m, "接待来访群众").current());
        assertEquals("", m.problemProperty().get());
        assertEquals("", m.noticeProperty().get());
    }

    @Test
    void previousAndNextStepThroughPeriodsButNotIntoTheFuture() {
        StatisticsViewModel m = loaded();
        assertFalse(m.nextAvailableProperty().get(), "2027年第一季度 has not begun");
        m.showPrevious();
        assertEquals(Q3, shown(m));
        assertTrue(m.nextAvailableProperty().get());
        m.showNext();
        assertEquals(Q4, shown(m));
        m.showNext();
        assertEquals(Q4, m.scope().period());
        m.showCurrentMonth();
        m.showPrevious();
        assertEquals(Period.month(YearMonth.of(2026, 10)), shown(m));
    }

    @Test
    void aClickedBarReadsTheRecordsBehindItByItsKeys() {
        StatisticsViewModel m = loaded();
        m.showPeriod(Q3);
        m.drill(ChartKind.BY_STATION, f.w.qingshan.id().toString(), RecordKind.VISIT.name());
        assertEquals(1, drills.size());
        StatisticsViewModel.DrillResult result = drills.get(0);
        assertEquals(new DrillTarget(ChartKind.BY_STATION, f.w.qingshan.id().toString(), "VISIT"),
                result.drill().target());
        assertEquals("各联络站工作量 · 青山镇检察联络站 · 来访 · 2026年第三季度", result.title());
        assertEquals("共 4 条", result.countText());
        assertEquals(List.of(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 3), LocalDate.of(2026, 7, 20),
                LocalDate.of(2026, 7, 5)), result.drill().records().stream().map(DrilledRecord::date).toList());
        assertTrue(result.drill().records().stream().allMatch(r -> r.kind() == RecordKind.VISIT
                && r.station().equals("青山镇检察联络站")));
        assertTrue(result.drill().records().stream().noneMatch(r -> r.title().contains("王秀英")), "names are masked");

        // A single-series chart leaves the series out.
        m.drill(ChartKind.LADDER_FUNNEL, "ISSUED", RecordKind.RECOMMENDATION.name());
        assertEquals(new DrillTarget(ChartKind.LADDER_FUNNEL, "ISSUED", null), drills.get(1).drill().target());
        assertEquals("检察建议落实情况 · 制发检察建议 · 2026年第三季度", drills.get(1).title());
        assertEquals(7, drills.get(1).drill().total());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void theParagraphIsCopiedWithANotice() {
        StatisticsViewModel m = loaded();
        m.showPeriod(Q3);
        List<String> clipboard = new ArrayList<>();
        m.copySummary(clipboard::add);
        assertEquals(1, clipboard.size());
        assertTrue(clipboard.get(0).startsWith("2026年第三季度，") && clipboard.get(0).contains("接待来访群众13人次"),
                clipboard.get(0));
        assertEquals(List.of("综述已复制"), dialogs.notices);
    }

    @Test
    void everyChartIsExportedIntoTheFolderWhichIsRemembered() throws IOException {
        StatisticsViewModel m = loaded();
        Path folder = Files.createDirectories(temp.resolve("charts"));
        m.exportCharts(folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(ChartKind.values().length, files.filter(p -> p.toString().endsWith(".png")).count());
        }
        assertEquals("已导出 9 张图表到 " + folder.toAbsolutePath(), m.outputTextProperty().get());
        assertEquals(List.of(m.outputTextProperty().get()), dialogs.notices);
        assertEquals(folder.toAbsolutePath().toString(), f.settings().getDocuments().getOutputFolder());
        assertNull(m.outputFileProperty().get());
        dialogs.lastNoticeAction.run();
        assertEquals(List.of(folder), opened, "打开所在文件夹");
        assertFalse(m.writingProperty().get());
    }

    @Test
    void oneChartIsExportedAsAPrintResolutionPng() throws IOException {
        StatisticsViewModel m = loaded();
        assertEquals("各联络站工作量_2026年第四季度.png", m.chartFileName(ChartKind.BY_STATION));
        Path file = temp.resolve(m.chartFileName(ChartKind.BY_STATION));
        m.exportChart(ChartKind.BY_STATION, file, false);
        byte[] png = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertEquals(file, m.outputFileProperty().get());
        m.openOutput();
        m.openOutputFolder();
        assertEquals(List.of(file, temp), opened);
    }

    @Test
    void theMeetingPackIsWrittenAndCanBeOpened() throws IOException {
        StatisticsViewModel m = loaded();
        m.showPeriod(Q3);
        Path folder = Files.createDirectories(temp.resolve("pack"));
        m.writeMeetingPack(folder);
        Path file = folder.resolve("工作情况统计_2026年第三季度_全区各检察联络站.docx");
        assertTrue(Files.size(file) > 0);
        assertEquals("会议材料已生成：" + file.toAbsolutePath(), m.outputTextProperty().get());
        assertEquals(List.of(m.outputTextProperty().get()), dialogs.notices);
        assertEquals(folder.toAbsolutePath().toString(), f.settings().getDocuments().getOutputFolder());
        dialogs.lastNoticeAction.run();
        m.openOutputFolder();
        assertEquals(List.of(file, folder), opened, "打开, then 打开所在文件夹");
        assertFalse(m.writingProperty().get());
    }

    @Test
    void aFailedWriteIsShownInChineseAndTheResultsStay() {
        StatisticsViewModel m = loaded();
        Path missing = temp.resolve("missing");
        m.writeMeetingPack(missing);
        m.exportCharts(missing);
        assertEquals(2, dialogs.errors.size());
        dialogs.errors.forEach(e -> assertTrue(e.contains(missing.toAbsolutePath().toString()), e));
        assertFalse(Files.exists(missing));
        assertNotNull(m.statisticsProperty().get());
        assertEquals("", m.outputTextProperty().get());
        assertFalse(m.writingProperty().get());
    }
}
