package org.liaisondesk.workload.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.RecordKind;
import org.liaisondesk.workload.model.Statistics;

/**
 * 统计: the period (月, 季度, 年 or 自定义, with 本月 / 本季度 / 本年 / 上一期 / 下一期), the station and the prosecutor
 * at the top; any change computes again, with a progress bar and 取消. Below, in one scrolling column: the summary
 * paragraph with 复制综述, the figures with 环比 and 同比, the rates with their denominators, and every chart two
 * by two with its caption. A click on a bar opens the records behind it. The toolbar prints everything (A4),
 * exports the charts as PNG and writes the meeting pack. Keys: F5 or Enter computes, Ctrl+P prints,
 * Ctrl+Shift+C copies the paragraph.
 */
public final class StatisticsView {
    private static final String STYLESHEET = StatisticsView.class.getResource("statistics.css").toExternalForm();
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Below this width the charts go one a row. */
    private static final double TWO_CHARTS_MIN_WIDTH = 860;
    private static final double CHART_GAP = 16;

    private final StatisticsViewModel model;
    private final VBox root = new VBox();
    private final FlowPane chartPane = new FlowPane(CHART_GAP, CHART_GAP);
    private final List<ChartTile> tiles = new ArrayList<>();
    private final VBox resultColumn = new VBox(14);
    /** The root's children in their order on screen. */
    private final List<Node> rootOrder = new ArrayList<>();
    /** The parts of the root and of the result column not yet put on screen, in order. */
    private final List<Node> unbuiltParts = new ArrayList<>();
    /**
     * What is left to do to show the view and its results, one step a pulse: the parts of the view (first showing
     * only), then the charts.
     */
    private final Deque<Runnable> partWork = new ArrayDeque<>();
    private final Deque<Runnable> tileWork = new ArrayDeque<>();
    private final AnimationTimer resultBuilder = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable next = partWork.isEmpty() ? tileWork.poll() : partWork.poll();
            if (next == null) {
                stop();
            } else {
                next.run();
            }
        }
    };
    private final TableView<FigureRow> figures = new TableView<>();
    private final TableView<RateRow> rates = new TableView<>();

    /**
     * @param openRecord opens a record listed in a drill-down (its kind and id) in its editor or page
     */
    public StatisticsView(StatisticsViewModel model, BiConsumer<RecordKind, Long> openRecord) {
        this.model = model;
        root.getStyleClass().addAll("section", "statistics");
        root.getStylesheets().add(STYLESHEET);
        model.setDrillPresenter(result -> DrillDialog.show(window(), result, openRecord));

        ScrollPane scroller = new ScrollPane(results());
        scroller.setId("statisticsScroller");
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("statistics-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        Label waiting = new Label(Messages.tr("workload.view.waiting"));
        waiting.getStyleClass().add("hint");
        var noResults = model.statisticsProperty().isNull();
        showWhen(waiting, noResults);
        showWhen(scroller, noResults.not());

        // The choice and the waiting line are there at once; the rest follows one a pulse at first showing.
        rootOrder.addAll(List.of(choiceBar(), actionBar(), statusRow(), outputRow(), waiting, scroller));
        root.getChildren().addAll(rootOrder.get(0), waiting);
        unbuiltParts.addAll(0, rootOrder.stream().filter(n -> !root.getChildren().contains(n)).toList());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                model.compute();
            } else if (PRINT.match(e)) {
                e.consume();
                printAll();
            } else if (COPY.match(e)) {
                e.consume();
                copySummary();
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Called when the section is shown: the lists are read again and the period on screen is computed. */
    public void show() {
        if (!unbuiltParts.isEmpty()) {
            // Skins are made when their controls first enter the scene: all at once, that held the JavaFX thread
            // for a third of a second. The result column is hidden until the first results arrive anyway.
            for (Node part : unbuiltParts) {
                partWork.add(() -> {
                    if (rootOrder.contains(part)) {
                        root.getChildren().add(placeAmongShown(part), part);
                    } else {
                        resultColumn.getChildren().add(part);
                    }
                });
            }
            unbuiltParts.clear();
            resultBuilder.start();
        }
        model.load();
    }

    /** Where {@code part} goes among the root's children shown so far. */
    private int placeAmongShown(Node part) {
        int at = 0;
        for (Node n : rootOrder) {
            if (n == part) {
                break;
            }
            if (root.getChildren().contains(n)) {
                at++;
            }
        }
        return at;
    }

    // --- the top: what to count -----------------------------------------------------------------------------------

    private Node choiceBar() {
        Label title = new Label(Messages.tr("workload.view.title"));
        title.getStyleClass().add("section-title");
        PeriodChoice choice = model.choice();

        ChoiceBox<Period.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(Period.Kind.values()));
        kind.setId("periodKind");
        kind.setConverter(Labels.converter(k -> Messages.tr("workload.view.kind." + k.name()), ""));
        kind.valueProperty().bindBidirectional(choice.kindProperty());
        kind.setTooltip(new Tooltip(Messages.tr("workload.view.kind.tooltip")));

        ComboBox<Integer> year = new ComboBox<>(FXCollections.observableArrayList(choice.years()));
        year.setId("periodYear");
        year.setConverter(Labels.converter(y -> Messages.tr("workload.view.year", Integer.toString(y)), ""));
        year.valueProperty().bindBidirectional(choice.yearProperty());
        year.setVisibleRowCount(12);
        ComboBox<Integer> month = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        month.setId("periodMonth");
        month.setConverter(Labels.converter(m -> Messages.tr("workload.view.month", m), ""));
        month.valueProperty().bindBidirectional(choice.monthProperty());
        month.setVisibleRowCount(12);
        ComboBox<Integer> quarter = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        quarter.setId("periodQuarter");
        quarter.setConverter(Labels.converter(q -> Messages.tr("workload.view.quarter." + q), ""));
        quarter.valueProperty().bindBidirectional(choice.quarterProperty());
        DatePicker from = datePicker("periodFrom");
        from.valueProperty().bindBidirectional(choice.fromProperty());
        DatePicker to = datePicker("periodTo");
        to.valueProperty().bindBidirectional(choice.toProperty());
        Label toLabel = new Label(Messages.tr("workload.view.to"));
        HBox custom = new HBox(4, from, toLabel, to);
        custom.setAlignment(Pos.CENTER_LEFT);

        var kindValue = choice.kindProperty();
        showWhen(year, Bindings.createBooleanBinding(() -> kindValue.get() != Period.Kind.CUSTOM, kindValue));
        showWhen(month, kindValue.isEqualTo(Period.Kind.MONTH));
        showWhen(quarter, kindValue.isEqualTo(Period.Kind.QUARTER));
        showWhen(custom, kindValue.isEqualTo(Period.Kind.CUSTOM));

        ComboBox<Station> station = new ComboBox<>(ListTables.withAll(model.stations()));
        station.setId("stationChoice");
        station.setConverter(Labels.converter(Station::name, Messages.tr("workload.view.allStations")));
        station.valueProperty().bindBidirectional(model.stationProperty());
        station.setTooltip(new Tooltip(Messages.tr("workload.view.station.tooltip")));
        ComboBox<Prosecutor> prosecutor = new ComboBox<>(ListTables.withAll(model.prosecutors()));
        prosecutor.setId("prosecutorChoice");
        prosecutor.setConverter(Labels.converter(Prosecutor::name, Messages.tr("workload.view.allProsecutors")));
        prosecutor.valueProperty().bindBidirectional(model.prosecutorProperty());
        prosecutor.setTooltip(new Tooltip(Messages.tr("workload.view.prosecutor.tooltip")));

        Button compute = button("computeButton", "workload.view.compute", "workload.view.compute.tooltip",
                model::compute);
        compute.getStyleClass().add("accent");

        FlowPane bar = new FlowPane(8, 6, title, gap(), label("workload.view.period", kind), kind, year, month,
                quarter, custom, gap(), label("workload.view.station", station), station,
                label("workload.view.prosecutor", prosecutor), prosecutor, compute);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("choiceBar");
        bar.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                model.compute();
            }
        });
        return bar;
    }

    private Node actionBar() {
        Button month = button("thisMonthButton", "workload.view.thisMonth", "workload.view.thisMonth.tooltip",
                model::showCurrentMonth);
        Button quarter = button("thisQuarterButton", "workload.view.thisQuarter", "workload.view.thisQuarter.tooltip",
                model::showCurrentQuarter);
        Button year = button("thisYearButton", "workload.view.thisYear", "workload.view.thisYear.tooltip",
                model::showCurrentYear);
        Button previous = button("previousPeriodButton", "workload.view.previous", "workload.view.previous.tooltip",
                model::showPrevious);
        Button next = button("nextPeriodButton", "workload.view.next", "workload.view.next.tooltip", model::showNext);
        next.disableProperty().bind(model.nextAvailableProperty().not());

        var noResults = model.statisticsProperty().isNull();
        Button print = button("printAllButton", "workload.view.printAll", "workload.view.printAll.tooltip",
                this::printAll);
        print.disableProperty().bind(noResults);
        Button charts = button("exportChartsButton", "workload.view.exportCharts", "workload.view.exportCharts.tooltip",
                this::exportCharts);
        charts.disableProperty().bind(noResults.or(model.writingProperty()));
        Button pack = button("meetingPackButton", "workload.view.meetingPack", "workload.view.meetingPack.tooltip",
                this::writeMeetingPack);
        pack.disableProperty().bind(noResults.or(model.writingProperty()));

        Separator separator = new Separator(javafx.geometry.Orientation.VERTICAL);
        FlowPane bar = new FlowPane(6, 6, month, quarter, year, previous, next, separator, print, charts, pack);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node statusRow() {
        ProgressBar bar = new ProgressBar();
        bar.setId("statisticsProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        Label computing = new Label(Messages.tr("workload.view.computing"));
        Button cancel = button("cancelButton", "common.cancel", "workload.view.cancel.tooltip", model::cancel);
        HBox progress = new HBox(8, bar, computing, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        showWhen(progress, model.computingProperty());

        Label problem = new Label();
        problem.setId("statisticsProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        showWhen(problem, model.problemProperty().isNotEmpty());
        Label notice = new Label();
        notice.setId("statisticsNotice");
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(model.noticeProperty());
        showWhen(notice, model.noticeProperty().isNotEmpty());
        VBox row = new VBox(4, progress, problem, notice);
        showWhen(row, Bindings.createBooleanBinding(() -> progress.isVisible() || problem.isVisible()
                || notice.isVisible(), progress.visibleProperty(), problem.visibleProperty(), notice.visibleProperty()));
        return row;
    }

    private Node outputRow() {
        Label text = new Label();
        text.setId("outputText");
        text.setWrapText(true);
        text.textProperty().bind(model.outputTextProperty());
        Button open = button("openOutputButton", "documents.open", "workload.view.openOutput.tooltip",
                model::openOutput);
        showWhen(open, model.outputFileProperty().isNotNull());
        Button folder = button("openOutputFolderButton", "documents.openContainingFolder",
                "workload.view.openOutputFolder.tooltip", model::openOutputFolder);
        HBox row = new HBox(8, text, open, folder);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("statistics-output");
        showWhen(row, model.outputTextProperty().isNotEmpty());
        return row;
    }

    // --- the results ----------------------------------------------------------------------------------------------

    private Node results() {
        Label heading = new Label();
        heading.setId("statisticsHeading");
        heading.getStyleClass().add("statistics-heading");
        heading.textProperty().bind(model.headingProperty());
        Label basis = new Label();
        basis.getStyleClass().add("hint");
        basis.setWrapText(true);
        basis.textProperty().bind(model.basisProperty());

        TextArea summary = new TextArea();
        summary.setId("summaryText");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(5);
        summary.textProperty().bind(model.summaryProperty());
        Button copy = button("copySummaryButton", "workload.view.copySummary", "workload.view.copySummary.tooltip",
                this::copySummary);
        HBox summaryTitle = new HBox(10, subheading("workload.view.summary"), copy);
        summaryTitle.setAlignment(Pos.CENTER_LEFT);
        VBox summaryBox = new VBox(6, summaryTitle, summary);

        buildFigureTable();
        buildRateTable();
        Label rateHint = new Label(Messages.tr("workload.view.rateHint"));
        rateHint.getStyleClass().add("hint");
        rateHint.setWrapText(true);
        rateHint.maxWidthProperty().bind(rates.prefWidthProperty());
        VBox figureBox = new VBox(6, subheading("workload.view.figures"), figures);
        VBox rateBox = new VBox(6, subheading("workload.view.rates"), rates, rateHint);
        FlowPane tables = new FlowPane(24, 12, figureBox, rateBox);
        tables.setAlignment(Pos.TOP_LEFT);
        tables.setRowValignment(javafx.geometry.VPos.TOP);

        chartPane.setId("chartPane");
        chartPane.widthProperty().addListener((obs, was, now) -> fitCharts());
        model.charts().addListener((ListChangeListener<ChartData>) c -> rebuildCharts());
        VBox chartBox = new VBox(6, subheading("workload.view.charts"), hint("workload.view.chartsHint"), chartPane);

        // The parts go into the column one a pulse when the view is first shown (see show()).
        unbuiltParts.addAll(List.of(new VBox(2, heading, basis), summaryBox, tables, chartBox));
        resultColumn.getStyleClass().add("statistics-content");
        return resultColumn;
    }

    private void buildFigureTable() {
        figures.setId("figureTable");
        figures.setItems(model.figureRows());
        TableColumn<FigureRow, String> metric = textColumn("workload.view.column.metric", 13, FigureRow::name, false);
        metric.setCellFactory(c -> new MetricCell());
        figures.getColumns().add(metric);
        figures.getColumns().add(textColumn("workload.view.column.current", 6, FigureRow::current, true));
        figures.getColumns().add(textColumn("workload.view.column.unit", 4, FigureRow::unit, false));
        figures.getColumns().add(textColumn("workload.view.column.previous", 6, FigureRow::previous, true));
        figures.getColumns().add(textColumn("workload.view.column.previousChange", 5.5, FigureRow::previousChange, true));
        figures.getColumns().add(textColumn("workload.view.column.lastYear", 6.5, FigureRow::lastYear, true));
        figures.getColumns().add(textColumn("workload.view.column.lastYearChange", 5.5, FigureRow::lastYearChange, true));
        figures.getColumns().forEach(c -> c.setSortable(false));
        figures.setRowFactory(t -> new TableRow<>() {
            {
                // A tooltip is a window of its own, costly to make: a row gets its one when the pointer first
                // comes over it, not when the figures are shown; then its text follows the row's figure.
                setOnMouseEntered(e -> showDefinition());
            }

            @Override
            protected void updateItem(FigureRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("figure-group");
                if (row != null && !empty && row.heading()) {
                    getStyleClass().add("figure-group");
                }
                if (getTooltip() != null) {
                    showDefinition();
                }
            }

            private void showDefinition() {
                FigureRow row = getItem();
                if (isEmpty() || row == null || row.heading()) {
                    setTooltip(null);
                } else if (getTooltip() == null) {
                    setTooltip(wrapping(row.definition()));
                } else {
                    getTooltip().setText(row.definition());
                }
            }
        });
        fitTableToRows(figures, 46.5);
    }

    /**
     * The 指标 cell: a group heading is drawn as a graphic that runs on across the empty cells of its row, so a long
     * heading (检察建议（本期制发的建议截至统计日的进展）) reads in full.
     */
    private static final class MetricCell extends TableCell<FigureRow, String> {
        private final Label heading = new Label();

        MetricCell() {
            heading.getStyleClass().add("figure-group-label");
            heading.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            FigureRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || text == null) {
                setText(null);
                setGraphic(null);
            } else if (row != null && row.heading()) {
                heading.setText(text);
                setText(null);
                setGraphic(heading);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            } else {
                setText(text);
                setGraphic(null);
                setContentDisplay(ContentDisplay.TEXT_ONLY);
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // The cell's skin clips it to its column; a heading is meant to run on (plain text still ellipsizes).
            setClip(null);
        }
    }

    private void buildRateTable() {
        rates.setId("rateTable");
        rates.setItems(model.rateRows());
        rates.getColumns().add(textColumn("workload.view.column.rate", 6.5, RateRow::name, false));
        rates.getColumns().add(textColumn("workload.view.column.current", 5, RateRow::value, true));
        rates.getColumns().add(textColumn("workload.view.column.basis", 18, RateRow::basis, false));
        rates.getColumns().forEach(c -> c.setSortable(false));
        fitTableToRows(rates, 29.5);
    }

    /** A table as tall as its rows (the page scrolls, not the table) and as wide as its columns. */
    private static void fitTableToRows(TableView<?> table, double widthEm) {
        double em = Font.getDefault().getSize();
        double cell = Math.ceil(em * 2);
        table.setFixedCellSize(cell);
        table.setPrefWidth(widthEm * em);
        table.setMinWidth(widthEm * em);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The rows and the header (about one row high), plus the borders.
        table.prefHeightProperty().bind(Bindings.size(table.getItems()).add(1).multiply(cell).add(4));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setPlaceholder(new Label(""));
    }

    private static <S> TableColumn<S, String> textColumn(String key, double widthEm, Function<S, String> value,
                                                         boolean number) {
        TableColumn<S, String> column = new TableColumn<>(Messages.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(widthEm * Font.getDefault().getSize());
        if (number) {
            column.getStyleClass().add("number-column");
        }
        return column;
    }

    /**
     * Puts the charts of the new results on screen, one tile a pulse: a tile that is there already shows its new
     * chart, a missing one is built, and one too many goes. Building or drawing nine charts in one go held the
     * JavaFX thread for half a second and more.
     */
    private void rebuildCharts() {
        List<ChartData> charts = List.copyOf(model.charts());
        tileWork.clear();
        if (tiles.size() > charts.size()) {
            tiles.subList(charts.size(), tiles.size()).clear();
            chartPane.getChildren().setAll(tiles);
        }
        for (int i = 0; i < charts.size(); i++) {
            int index = i;
            ChartData data = charts.get(i);
            tileWork.add(() -> showTile(index, data));
        }
        resultBuilder.start();
    }

    private void showTile(int index, ChartData data) {
        if (index < tiles.size()) {
            tiles.get(index).show(data, index + 1, model.chart(data));
            return;
        }
        ChartTile tile = new ChartTile(data, index + 1, model.chart(data), new ChartTile.Actions() {
            @Override
            public void print(ChartData d) {
                printChart(d);
            }

            @Override
            public void export(ChartData d) {
                exportChart(d);
            }

            @Override
            public void drill(ChartData d, String categoryKey, String seriesKey) {
                model.drill(d.kind(), categoryKey, seriesKey);
            }
        });
        tiles.add(tile);
        chartPane.getChildren().add(tile);
        fitCharts();
    }

    /** Whether the view and every chart of the results are on screen (they are put there over several pulses). */
    boolean resultsShown() {
        return partWork.isEmpty() && unbuiltParts.isEmpty() && tileWork.isEmpty()
                && tiles.size() == model.charts().size();
    }

    /** Two charts a row when there is room, else one; the charts keep their aspect. */
    private void fitCharts() {
        double width = chartPane.getWidth();
        if (width <= 0) {
            return;
        }
        double tile = width >= TWO_CHARTS_MIN_WIDTH ? Math.floor((width - CHART_GAP) / 2) - 1 : width - 1;
        tiles.forEach(t -> t.fitWidth(tile));
    }

    // --- actions --------------------------------------------------------------------------------------------------

    private void copySummary() {
        model.copySummary(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void printAll() {
        print(Messages.tr("workload.view.printAll"), (stats, size) -> StatisticsPrintout.pages(stats, model.renderer(),
                size[0], size[1]));
    }

    private void printChart(ChartData data) {
        print(Messages.tr("workload.view.printChart"), (stats, size) -> List.of(StatisticsPrintout.chartPage(stats,
                data.kind(), model.renderer(), size[0], size[1])));
    }

    /**
     * Asks for a printer (A4 portrait, default margins), then builds the pages at print resolution and prints them
     * on a worker thread, as PrinterJob recommends. Without a printer, says so.
     */
    private void print(String title, java.util.function.BiFunction<Statistics, double[], List<Node>> pages) {
        if (model.statisticsProperty().get() == null) {
            return;
        }
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            model.tellNoPrinter(title);
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        double[] size = {layout.getPrintableWidth(), layout.getPrintableHeight()};
        model.withResults(title, stats -> {
            List<Node> built = pages.apply(stats, size);
            for (Node page : built) {
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    return 0;
                }
            }
            return job.endJob() ? built.size() : 0;
        }, printed -> {
            if (printed == 0) {
                model.tellPrintFailed(title);
            } else {
                model.tellPrinted(printed);
            }
        });
    }

    private void exportCharts() {
        chooseFolder().ifPresent(model::exportCharts);
    }

    private void writeMeetingPack() {
        chooseFolder().ifPresent(model::writeMeetingPack);
    }

    private java.util.Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.tr("workload.view.chooseFolder"));
        File start = startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start);
        }
        File picked = chooser.showDialog(window());
        return picked == null ? java.util.Optional.empty() : java.util.Optional.of(picked.toPath());
    }

    private void exportChart(ChartData data) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("workload.view.exportChart"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("workload.view.pngFiles"),
                "*.png"));
        chooser.setInitialFileName(model.chartFileName(data.kind()));
        File start = startFolder();
        if (start != null) {
            chooser.setInitialDirectory(start);
        }
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        // The save dialog confirmed replacing the file it returned; a name we extend was not confirmed.
        boolean asChosen = file.getName().toLowerCase(Locale.ROOT).endsWith(".png");
        Path target = asChosen ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".png");
        model.exportChart(data.kind(), target, asChosen);
    }

    /** The folder a chooser starts in, when it exists (a chooser refuses one that does not). */
    private File startFolder() {
        String folder = model.startFolder();
        File f = folder == null || folder.isBlank() ? null : new File(folder.strip());
        return f != null && f.isDirectory() ? f : null;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // --- small pieces ---------------------------------------------------------------------------------------------

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2026-01-01");
        picker.setEditable(true);
        picker.setPrefWidth(9.5 * Font.getDefault().getSize());
        // Text typed into the field counts once it reads as a date.
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                LocalDate parsed = Labels.dateConverter().fromString(picker.getEditor().getText());
                if (parsed != null) {
                    picker.setValue(parsed);
                }
            }
        });
        return picker;
    }

    private static Button button(String id, String key, String tooltipKey, Runnable action) {
        Button b = new Button(Messages.tr(key));
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.tr(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.tr(key));
        l.setLabelFor(target);
        return l;
    }

    private static Label subheading(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("statistics-subheading");
        return l;
    }

    private static Label hint(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    /** A tooltip that wraps long text instead of running off the screen. */
    static Tooltip wrapping(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(28 * Font.getDefault().getSize());
        return tip;
    }

    private static Region gap() {
        Region r = new Region();
        r.setPrefWidth(8);
        return r;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
