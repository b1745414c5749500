package org.liaisondesk.workload.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.documents.model.DocumentFileNames;
import org.liaisondesk.documents.service.DocumentFiles;
import org.liaisondesk.documents.ui.FileOpener;
import org.liaisondesk.documents.ui.OutputFolder;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.Drill;
import org.liaisondesk.workload.model.DrillTarget;
import org.liaisondesk.workload.model.Metric;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Rate;
import org.liaisondesk.workload.model.RateKind;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;
import org.liaisondesk.workload.service.ChartRenderer;

/**
 * The statistics screen's state: the period, station and prosecutor chosen, and the results of the last computation
 * (the figures table, the rates with their denominators, the paragraph, the charts). Every change of the choice
 * computes again in the background with progress; 取消 stops it and keeps the results shown, and an answer older than
 * the latest request is dropped, so stale figures never replace fresh ones. Also what the toolbar does with the
 * results: the records behind a bar, chart PNGs, the meeting pack, and the pages to print.
 */
public final class StatisticsViewModel {
    /** The most records a drill-down lists. */
    public static final int DRILL_LIMIT = 200;
    /** The size of a chart exported on its own (the width of an A4 page's text). */
    static final double EXPORT_WIDTH_MM = 160;
    static final double EXPORT_HEIGHT_MM = 100;

    /** What a click on a bar opens: the dialog's title, the records behind the bar and how many there are. */
    public record DrillResult(String title, String countText, Drill drill) {
    }

    private final StatisticsContext context;
    private final Consumer<Runnable> uiThread;
    private final PeriodChoice choice;
    private final OutputFolder output;
    private final FileOpener opener;
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();

    private final ReadOnlyObjectWrapper<Statistics> statistics = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FigureRow> figureRows = FXCollections.observableArrayList();
    private final ObservableList<RateRow> rateRows = FXCollections.observableArrayList();
    private final ObservableList<ChartData> charts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper nextAvailable = new ReadOnlyBooleanWrapper(false);

    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outputText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> outputFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> outputFolder = new ReadOnlyObjectWrapper<>();

    private Map<ChartData, JFreeChart> preparedCharts = Map.of();
    private Consumer<DrillResult> drillPresenter = result -> { };
    private long generation;
    private AtomicBoolean running = new AtomicBoolean();
    private BackgroundExecutor.Cancellable runningHandle;
    private Scope requested;
    private boolean suppressed;
    private boolean started;

    /**
     * @param uiThread runs progress updates on the JavaFX thread ({@code Platform::runLater}; tests run them at once)
     */
    public StatisticsViewModel(StatisticsContext context, Consumer<Runnable> uiThread) {
        this.context = Objects.requireNonNull(context, "context");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.choice = new PeriodChoice(context.statistics().today());
        this.output = new OutputFolder(context.settings(), context.updateSettings());
        this.opener = new FileOpener(context.launcher(), context.executor(), context.dialogs());
        List<Observable> all = new ArrayList<>(List.of(choice.fields()));
        all.add(station);
        all.add(prosecutor);
        for (Observable o : all) {
            o.addListener(x -> choiceChanged());
        }
        choiceChanged();
    }

    /** Reads the station and prosecutor lists and the output folder, and computes the period shown. */
    public void load() {
        started = true;
        output.load(context.executor());
        compute();
        context.executor().run(() -> new Roster(context.roster().stations(), context.roster().prosecutors()), roster -> {
            Station keptStation = station.get();
            Prosecutor keptProsecutor = prosecutor.get();
            suppressed = true;
            try {
                stations.setAll(roster.stations());
                prosecutors.setAll(roster.prosecutors());
                // A station or prosecutor deleted meanwhile is no longer offered: back to all.
                station.set(keptStation == null ? null : roster.stations().stream()
                        .filter(s -> s.id().equals(keptStation.id())).findFirst().orElse(null));
                prosecutor.set(keptProsecutor == null ? null : roster.prosecutors().stream()
                        .filter(p -> p.id().equals(keptProsecutor.id())).findFirst().orElse(null));
            } finally {
                suppressed = false;
            }
            computeIfChanged();
        }, e -> problem.set(ErrorText.of(e)));
    }

    private record Roster(List<Station> stations, List<Prosecutor> prosecutors) {
    }

    private void choiceChanged() {
        Period period = choice.period();
        nextAvailable.set(period != null && !PeriodChoice.next(period).from().isAfter(context.statistics().today()));
        if (started && !suppressed) {
            computeIfChanged();
        }
    }

    /** The scope on screen, or null when the period cannot be read. */
    public Scope scope() {
        Period period = choice.period();
        if (period == null) {
            return null;
        }
        Station s = station.get();
        Prosecutor p = prosecutor.get();
        return new Scope(period, s == null ? null : s.id(), s == null ? null : s.name(),
                p == null ? null : p.id(), p == null ? null : p.name());
    }

    private void computeIfChanged() {
        Scope scope = scope();
        if (scope == null || !scope.equals(requested)) {
            compute();
        }
    }

    /** Computes the scope on screen (统计, F5), superseding any computation still running. */
    public void compute() {
        Scope scope = scope();
        if (scope == null) {
            stopRunning();
            requested = null;
            problem.set(choice.problem());
            return;
        }
        stopRunning();
        long mine = ++generation;
        AtomicBoolean stop = new AtomicBoolean();
        running = stop;
        requested = scope;
        problem.set("");
        notice.set("");
        progress.set(-1);
        computing.set(true);
        runningHandle = context.executor().run(() -> {
            Statistics result = context.statistics().compute(scope,
                    (done, total) -> uiThread.accept(() -> showProgress(mine, done, total)), stop::get);
            return new Computed(result, drawCharts(result));
        }, computed -> {
                    if (mine == generation) {
                        computing.set(false);
                        show(computed);
                    }
                }, e -> {
                    if (mine == generation) {
                        computing.set(false);
                        requested = null;
                        if (!(e instanceof CancellationException)) {
                            problem.set(ErrorText.of(e));
                        }
                    }
                });
    }

    private void showProgress(long request, int done, int total) {
        if (request == generation && computing.get() && total > 0) {
            progress.set(Math.min(1, (double) done / total));
        }
    }

    /** Stops the computation running; the results shown stay. */
    public void cancel() {
        if (!computing.get()) {
            return;
        }
        stopRunning();
        requested = null;
        notice.set(statistics.get() == null ? Messages.tr("workload.view.cancelled")
                : Messages.tr("workload.view.cancelledKept"));
    }

    private void stopRunning() {
        generation++;
        running.set(true);
        if (runningHandle != null) {
            runningHandle.cancel();
            runningHandle = null;
        }
        computing.set(false);
    }

    /** The results and their charts, built on the worker so that the JavaFX thread only attaches them. */
    private record Computed(Statistics statistics, Map<ChartData, JFreeChart> charts) {
    }

    private Map<ChartData, JFreeChart> drawCharts(Statistics result) {
        Map<ChartData, JFreeChart> built = new IdentityHashMap<>();
        for (ChartData data : result.charts()) {
            built.put(data, context.charts().chart(data));
        }
        return built;
    }

    private void show(Computed computed) {
        Statistics result = computed.statistics();
        preparedCharts = computed.charts();
        statistics.set(result);
        Scope scope = result.scope();
        heading.set(Messages.tr("workload.view.heading", scope.period().label(), subject(scope)));
        String computedOn = ChineseDates.format(result.computedOn(), ChineseDates.Style.ARABIC);
        Period previous = scope.period().previous();
        Period lastYear = scope.period().sameLastYear();
        basis.set(previous.equals(lastYear)
                ? Messages.tr("workload.view.basisOneYear", computedOn, previous.label())
                : Messages.tr("workload.view.basis", computedOn, previous.label(), lastYear.label()));
        summary.set(result.summary() == null ? "" : result.summary());
        figureRows.setAll(figureRows(result));
        rateRows.setAll(rateRows(result));
        charts.setAll(result.charts());
    }

    static String subject(Scope scope) {
        return scope.subject(Messages.tr("workload.view.allStations"));
    }

    static List<FigureRow> figureRows(Statistics s) {
        List<FigureRow> rows = new ArrayList<>();
        Metric.Group group = null;
        for (Metric m : Metric.values()) {
            if (m.group() != group) {
                group = m.group();
                rows.add(FigureRow.heading(Messages.tr("workload.group." + group.name())));
            }
            rows.add(new FigureRow(false, Messages.tr(m.messageKey()), m.format(s.current().get(m)),
                    Messages.tr(m.unitKey()), m.format(s.previous().get(m)), s.previousChange(m).text(),
                    m.format(s.lastYear().get(m)), s.lastYearChange(m).text(), definition(m)));
        }
        return rows;
    }

    /** What a figure counts, for its tooltip. */
    static String definition(Metric metric) {
        return Messages.tr("workload.definition." + metric.name());
    }

    static List<RateRow> rateRows(Statistics s) {
        List<RateRow> rows = new ArrayList<>();
        for (RateKind kind : RateKind.values()) {
            Rate rate = s.rate(kind);
            rows.add(new RateRow(Messages.tr(kind.messageKey()), rate.text(), basis(rate)));
        }
        return rows;
    }

    /** 已回复 ÷ 制发检察建议 = 12 ÷ 14. */
    static String basis(Rate rate) {
        return Messages.tr("workload.view.rateBasis", Messages.tr(rate.numerator().messageKey()),
                Messages.tr(rate.denominator().messageKey()), Long.toString(rate.num()), Long.toString(rate.den()));
    }

    // --- quick choices --------------------------------------------------------------------------------------------

    public void showCurrentMonth() {
        showPeriod(Period.month(java.time.YearMonth.from(context.statistics().today())));
    }

    public void showCurrentQuarter() {
        var today = context.statistics().today();
        showPeriod(Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3));
    }

    public void showCurrentYear() {
        showPeriod(Period.year(context.statistics().today().getYear()));
    }

    /** 上一期: the period just before the one on screen. */
    public void showPrevious() {
        Period period = choice.period();
        if (period != null) {
            showPeriod(period.previous());
        }
    }

    /** 下一期, while it has begun. */
    public void showNext() {
        Period period = choice.period();
        if (period != null && nextAvailable.get()) {
            showPeriod(PeriodChoice.next(period));
        }
    }

    /** Puts {@code period} on screen and computes it once. */
    public void showPeriod(Period period) {
        suppressed = true;
        try {
            choice.set(period);
        } finally {
            suppressed = false;
        }
        choiceChanged();
    }

    // --- what is done with the results ----------------------------------------------------------------------------

    /** Puts the paragraph on the clipboard ({@code clipboard} does that on the JavaFX thread). */
    public void copySummary(Consumer<String> clipboard) {
        if (summary.get().isEmpty()) {
            return;
        }
        clipboard.accept(summary.get());
        context.dialogs().notify(Messages.tr("workload.view.copied"), null, null);
    }

    /** Where the records behind a bar go once read (the view opens its dialog). */
    public void setDrillPresenter(Consumer<DrillResult> presenter) {
        drillPresenter = Objects.requireNonNull(presenter, "presenter");
    }

    /**
     * Reads the records behind a bar, point or slice of a chart shown, by the keys of its category and series
     * (the series is dropped for pies and single-series charts), then presents them.
     */
    public void drill(ChartKind kind, String categoryKey, String seriesKey) {
        Statistics s = statistics.get();
        if (s == null || categoryKey == null) {
            return;
        }
        ChartData data = s.chart(kind);
        String series = kind.style() == ChartKind.Style.PIE || data.series().size() <= 1 ? null : seriesKey;
        List<String> parts = new ArrayList<>();
        parts.add(data.title());
        data.categories().stream().filter(c -> c.key().equals(categoryKey)).findFirst()
                .ifPresent(c -> parts.add(c.label()));
        if (series != null) {
            data.series().stream().filter(x -> x.key().equals(series)).findFirst().ifPresent(x -> parts.add(x.label()));
        }
        parts.add(s.scope().period().label());
        String title = String.join(" · ", parts);
        Scope scope = s.scope();
        DrillTarget target = new DrillTarget(kind, categoryKey, series);
        context.executor().run(() -> context.statistics().drill(scope, target, DRILL_LIMIT), drill -> {
            String count = drill.truncated() ? Messages.tr("workload.drill.countTruncated", drill.total(),
                    drill.records().size()) : Messages.tr("workload.drill.count", drill.total());
            drillPresenter.accept(new DrillResult(title, count, drill));
        }, e -> context.dialogs().showError(title, ErrorText.of(e)));
    }

    /** Writes every chart as a PNG at print resolution into {@code folder}. */
    public void exportCharts(Path folder) {
        Statistics s = statistics.get();
        if (s == null || writing.get()) {
            return;
        }
        writing.set(true);
        context.executor().run(() -> {
            List<Path> files = context.charts().writePngs(s, folder, false);
            output.remember(folder);
            return files;
        }, files -> {
            writing.set(false);
            String text = Messages.tr("workload.view.chartsExported", files.size(), folder.toAbsolutePath());
            showOutput(text, null, folder);
            context.dialogs().notify(text, Messages.tr("documents.openContainingFolder"), () -> opener.open(folder));
        }, e -> {
            writing.set(false);
            context.dialogs().showError(Messages.tr("workload.view.exportCharts"), ErrorText.of(e));
        });
    }

    /** The file name a chart is offered under: 各联络站工作量_2026年第四季度.png. */
    public String chartFileName(ChartKind kind) {
        Statistics s = statistics.get();
        String title = s == null ? Messages.tr(kind.messageKey()) : s.chart(kind).title();
        String period = s == null ? "" : "_" + s.scope().period().label();
        return DocumentFileNames.safe(title + period) + ".png";
    }

    /** Writes one chart as a PNG at print resolution to {@code file} (replacing it when the save dialog said so). */
    public void exportChart(ChartKind kind, Path file, boolean overwrite) {
        Statistics s = statistics.get();
        if (s == null) {
            return;
        }
        ChartData data = s.chart(kind);
        Path folder = file.toAbsolutePath().getParent();
        context.executor().run(() -> {
            byte[] png = context.charts().png(data, EXPORT_WIDTH_MM, EXPORT_HEIGHT_MM, ChartRenderer.PRINT_DPI);
            return DocumentFiles.write(folder, file.getFileName().toString(), overwrite, out -> out.write(png));
        }, written -> {
            String text = Messages.tr("workload.view.chartExported", written.toAbsolutePath());
            showOutput(text, written, folder);
            context.dialogs().notify(text, Messages.tr("documents.open"), () -> opener.open(written));
        }, e -> context.dialogs().showError(Messages.tr("workload.view.exportChart"), ErrorText.of(e)));
    }

    /** Writes the meeting pack (.docx) of the results shown into {@code folder}; the folder is kept for next time. */
    public void writeMeetingPack(Path folder) {
        Statistics s = statistics.get();
        if (s == null || writing.get()) {
            return;
        }
        writing.set(true);
        context.executor().run(() -> {
            Path file = context.meetingPack().write(s, folder, false);
            output.remember(folder);
            return file;
        }, file -> {
            writing.set(false);
            String text = Messages.tr("workload.view.packWritten", file.toAbsolutePath());
            showOutput(text, file, file.toAbsolutePath().getParent());
            context.dialogs().notify(text, Messages.tr("documents.open"), () -> opener.open(file));
        }, e -> {
            writing.set(false);
            context.dialogs().showError(Messages.tr("workload.view.meetingPack"), ErrorText.of(e));
        });
    }

    private void showOutput(String text, Path file, Path folder) {
        outputText.set(text);
        outputFile.set(file);
        outputFolder.set(folder);
    }

    public void openOutput() {
        if (outputFile.get() != null) {
            opener.open(outputFile.get());
        }
    }

    public void openOutputFolder() {
        if (outputFolder.get() != null) {
            opener.open(outputFolder.get());
        }
    }

    /**
     * Runs {@code work} on the results shown in the background (building the pages, every chart drawn at print
     * resolution, and printing them), then hands its answer over on the JavaFX thread; a failure is shown under
     * {@code title}.
     */
    public <T> void withResults(String title, Function<Statistics, T> work, Consumer<T> done) {
        Statistics s = statistics.get();
        if (s == null) {
            return;
        }
        context.executor().run(() -> work.apply(s), done,
                e -> context.dialogs().showError(title, ErrorText.of(e)));
    }

    /** Printing was asked for on a computer without a printer. */
    public void tellNoPrinter(String title) {
        context.dialogs().showInfo(title, Messages.tr("workload.print.noPrinter"));
    }

    public void tellPrintFailed(String title) {
        context.dialogs().showError(title, Messages.tr("workload.print.failed"));
    }

    public void tellPrinted(int pages) {
        context.dialogs().notify(Messages.tr("workload.print.done", pages), null, null);
    }

    /**
     * The on-screen chart of {@code data}, one of {@link #charts()}: the one built with the results on the worker,
     * or a new one for data from elsewhere.
     */
    public JFreeChart chart(ChartData data) {
        JFreeChart prepared = preparedCharts.get(data);
        return prepared != null ? prepared : context.charts().chart(data);
    }

    public ChartRenderer renderer() {
        return context.charts();
    }

    /** The folder the output choosers start in: the one used last, else Documents. */
    public String startFolder() {
        return output.folderProperty().get();
    }

    public PeriodChoice choice() {
        return choice;
    }

    public ObservableList<Station> stations() {
        return stations;
    }

    public ObservableList<Prosecutor> prosecutors() {
        return prosecutors;
    }

    /** The station chosen; null for all. */
    public ObjectProperty<Station> stationProperty() {
        return station;
    }

    /** The prosecutor chosen; null for all. */
    public ObjectProperty<Prosecutor> prosecutorProperty() {
        return prosecutor;
    }

    /** The results shown; null before the first computation ends. */
    public ReadOnlyObjectProperty<Statistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public ObservableList<FigureRow> figureRows() {
        return figureRows;
    }

    public ObservableList<RateRow> rateRows() {
        return rateRows;
    }

    public ObservableList<ChartData> charts() {
        return charts;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** 2026年第四季度 · 全部联络站. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The statistics date and what 环比 and 同比 compare with. */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** From 0 to 1 while computing; negative until the first step is done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why nothing is computed (an inverted range) or why the computation failed; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** 已取消 after a cancel; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether 下一期 has begun (the future holds no records). */
    public ReadOnlyBooleanProperty nextAvailableProperty() {
        return nextAvailable.getReadOnlyProperty();
    }

    /** While chart PNGs or the meeting pack are being written. */
    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /** What was last written and where; empty before. */
    public ReadOnlyStringProperty outputTextProperty() {
        return outputText.getReadOnlyProperty();
    }

    /** The file last written (null after exporting all charts: only the folder). */
    public ReadOnlyObjectProperty<Path> outputFileProperty() {
        return outputFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> outputFolderProperty() {
        return outputFolder.getReadOnlyProperty();
    }
}
