package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.workload.model.ChartKind;
import org.liaisondesk.workload.model.DrilledRecord;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Statistics;
import org.liaisondesk.workload.service.ChartKey;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 统计 on screen at 1280×800: switching to 年 fills the figures, the paragraph and the charts; a click on a bar
 * lists the records behind it and a double-click opens one; the printed pages are built (not printed).
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {
    private StatisticsUiFixture f;
    private FxBackgroundExecutor executor;
    private StatisticsViewModel model;
    private Scene scene;
    private StatisticsView view;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        f = new StatisticsUiFixture(Files.createTempDirectory("statistics-view"));
        executor = new FxBackgroundExecutor();
        model = new StatisticsViewModel(f.context(executor, dialogs, path -> true),
                Platform::runLater);
        view = new StatisticsView(model, (kind, id) -> opened.add(kind + ":" + id));
        scene = new Scene((Parent) view.root(), 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        view.show();
    }

    @AfterEach
    void tearDown() {
        executor.close();
        f.close();
    }

    private Statistics shown() {
        return model.statisticsProperty().get();
    }

    @Test
    void aYearIsComputedShownDrilledIntoAndPrinted(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown() != null);
        robot.clickOn("#periodKind");
        robot.clickOn("年");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown() != null
                && shown().scope().period().equals(Period.year(2026)) && !model.computingProperty().get());
        waitForResults();

        assertEquals("2026年 · 全部联络站", robot.lookup("#statisticsHeading").queryLabeled().getText());
        TableView<FigureRow> figures = robot.lookup("#figureTable").queryTableView();
        FigureRow visitors = figures.getItems().stream().filter(r -> r.name().equals("接待来访群众")).findFirst()
                .orElseThrow();
        assertEquals("15", visitors.current());
        TableView<RateRow> rates = robot.lookup("#rateTable").queryTableView();
        assertEquals("37.5%", rates.getItems().get(0).value());
        String paragraph = robot.lookup("#summaryText").queryAs(TextArea.class).getText();
        assertTrue(paragraph.contains("接待来访群众15人次"), paragraph);
        List<ChartViewer> viewers = robot.lookup(".chart-tile").queryAll().stream()
                .map(tile -> ((ChartTile) tile).viewer()).toList();
        assertEquals(ChartKind.values().length, viewers.size());
        assertTrue(viewers.stream().allMatch(v -> v.getChart() != null && v.getWidth() > 400), "charts are drawn");
        robot.interact(() -> {
            Screenshots.of(scene, "h4-statistics-top");
            Screenshots.of(robot.lookup("#statisticsScroller").queryAs(ScrollPane.class).getContent(),
                    "h4-statistics-whole");
        });

        // Bring 各联络站工作量 into sight and click the 来访 segment of 青山镇's bar.
        Node tile = robot.lookup("#chart-BY_STATION").query();
        ScrollPane scroller = robot.lookup("#statisticsScroller").queryAs(ScrollPane.class);
        robot.interact(() -> {
            double content = scroller.getContent().getBoundsInLocal().getHeight();
            double viewport = scroller.getViewportBounds().getHeight();
            double y = scroller.getContent().sceneToLocal(tile.localToScene(0, 0)).getY();
            scroller.setVvalue(Math.min(1, y / (content - viewport)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.of(scene, "h4-statistics-charts"));
        ChartViewer stations = ((ChartTile) tile).viewer();
        // The wheel over a chart scrolls the page; the chart does not zoom.
        double before = scroller.getVvalue();
        var range = ((org.jfree.chart.plot.CategoryPlot) stations.getChart().getPlot()).getRangeAxis().getRange();
        robot.moveTo(stations).scroll(2, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroller.getVvalue() != before, "the page scrolled");
        assertEquals(range, ((org.jfree.chart.plot.CategoryPlot) stations.getChart().getPlot()).getRangeAxis().getRange());
        robot.interact(() -> scroller.setVvalue(before));
        WaitForAsyncUtils.waitForFxEvents();
        String qingshan = f.w.qingshan.id().toString();
        Point2D bar = WaitForAsyncUtils.asyncFx(() -> barCentre(stations, qingshan, "VISIT")).get();
        robot.clickOn(bar);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#drillTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DrilledRecord> records = robot.lookup("#drillTable").queryTableView();
        assertEquals(5, records.getItems().size(), "青山镇's five visits of 2026");
        Window drill = records.getScene().getWindow();
        assertEquals("各联络站工作量 · 青山镇检察联络站 · 来访 · 2026年", ((Stage) drill).getTitle());
        assertEquals("共 5 条", robot.from(records.getParent()).lookup("#drillCount").queryLabeled().getText());
        robot.interact(() -> Screenshots.of(records.getScene(), "h4-drill"));
        DrilledRecord first = records.getItems().get(0);
        Node firstRow = robot.from(records).lookup(".table-row-cell").nth(0).query();
        robot.doubleClickOn(firstRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("VISIT:" + first.id()), opened);
        robot.interact(((Stage) drill)::close);

        // The keyboard way in: the table behind the chart, a value selected, Enter lists the same records.
        robot.clickOn("#tableToggle-BY_STATION");
        TableView<Integer> table = robot.lookup("#table-BY_STATION").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        int qingshanRow = WaitForAsyncUtils.asyncFx(() -> {
            var categories = ((ChartTile) tile).data().categories();
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).key().equals(qingshan)) {
                    return i;
                }
            }
            return -1;
        }).get();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(qingshanRow, table.getColumns().get(1));
            table.requestFocus();
        });
        assertEquals("5", table.getColumns().get(1).getCellData(qingshanRow), "the table shows the bar's value");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#drillTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DrilledRecord> again = robot.lookup("#drillTable").queryTableView();
        assertEquals(5, again.getItems().size(), "the same five visits through the keyboard");
        robot.interact(((Stage) again.getScene().getWindow())::close);

        // The printout: the figures page, then the nine charts two a page, A4 with default margins.
        List<Node> pages = StatisticsPrintout.pages(shown(), f.charts, 481.9, 697.9);
        assertEquals(6, pages.size());
        assertEquals(List.of("2026年检察联络站工作情况统计"), texts(pages.get(0), "print-title"));
        List<String> chartTitles = new ArrayList<>();
        pages.subList(1, 6).forEach(p -> chartTitles.addAll(texts(p, "print-chart-title")));
        assertEquals(9, chartTitles.size());
        assertEquals("图1　每月工作量", chartTitles.get(0));
        assertEquals("图2　各联络站工作量", chartTitles.get(1));
        assertTrue(texts(pages.get(0), "print-summary").get(0).contains("接待来访群众15人次"));
        for (Node page : pages) {
            assertTrue(page.getLayoutBounds().getHeight() <= 697.9 + 0.5, "a page fits: " + page.getLayoutBounds());
        }
        robot.interact(() -> {
            Screenshots.of(pages.get(0), "h4-print-page1");
            Screenshots.of(pages.get(1), "h4-print-page2");
        });

        // A computer without a printer (as here, headless) is told so instead of nothing happening.
        if (javafx.print.Printer.getDefaultPrinter() == null) {
            robot.clickOn("#printAllButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, dialogs.infos.size());
            assertTrue(dialogs.infos.get(0).startsWith("这台电脑没有安装打印机"), dialogs.infos.get(0));
        }
    }

    /** The view and its chart tiles are put on screen over several pulses. */
    private void waitForResults() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(view::resultsShown).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where on screen the bar of {@code category} and {@code series} is drawn. */
    private static Point2D barCentre(ChartViewer viewer, String category, String series) {
        for (Object o : viewer.getRenderingInfo().getEntityCollection().getEntities()) {
            ChartEntity entity = (ChartEntity) o;
            if (entity instanceof CategoryItemEntity item && item.getColumnKey() instanceof ChartKey c
                    && c.key().equals(category) && item.getRowKey() instanceof ChartKey r && r.key().equals(series)) {
                java.awt.geom.Rectangle2D area = entity.getArea().getBounds2D();
                return viewer.getCanvas().localToScreen(area.getCenterX(), area.getCenterY());
            }
        }
        throw new AssertionError("no bar " + category + "/" + series);
    }

    private static List<String> texts(Node root, String id) {
        List<String> found = new ArrayList<>();
        collect(root, id, found);
        return found;
    }

    private static void collect(Node node, String id, List<String> found) {
        if (node instanceof Text t && id.equals(t.getId())) {
            found.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, id, found));
        }
    }
}
