package org.liaisondesk.workload.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Statistics;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 统计 puts its results on screen over several pulses and keeps its nodes: new results show in the chart tiles
 * already there, the table behind a chart is built the first time it is asked for (and follows new results), and a
 * figure row gets its tooltip when the pointer comes over it.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewRefreshTest {
    private StatisticsUiFixture f;
    private FxBackgroundExecutor executor;
    private StatisticsViewModel model;
    private StatisticsView view;

    @Start
    void start(Stage stage) throws Exception {
        f = new StatisticsUiFixture(Files.createTempDirectory("statistics-refresh"));
        executor = new FxBackgroundExecutor();
        model = new StatisticsViewModel(f.context(executor, new RecordingDialogs(), path -> true), Platform::runLater);
        view = new StatisticsView(model, (kind, id) -> { });
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
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

    @Test
    void newResultsShowInTheTilesThereAndTheChartTableIsBuiltWhenAskedFor(FxRobot robot) throws Exception {
        showPeriod(robot, Period.quarter(2026, 3));
        List<ChartTile> before = tiles(robot);
        assertEquals(model.charts().size(), before.size());
        assertTrue(robot.lookup("#table-BY_STATION").tryQuery().isEmpty(), "no chart table before it is asked for");

        robot.interact(() -> robot.lookup("#tableToggle-BY_STATION").queryAs(ToggleButton.class).fire());
        TableView<Integer> firstTable = robot.lookup("#table-BY_STATION").queryTableView();
        assertTrue(firstTable.isVisible());
        ChartTile stations = tile(before, "chart-BY_STATION");
        assertEquals(stations.data().categories().size(), firstTable.getItems().size());
        assertTrue(robot.lookup("#table-MONTHLY_WORK").tryQuery().isEmpty(), "only the table asked for is built");

        showPeriod(robot, Period.year(2026));
        List<ChartTile> after = tiles(robot);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < after.size(); i++) {
            ChartTile tile = after.get(i);
            assertSame(before.get(i), tile, "tile " + (i + 1) + " is the one that was there");
            ChartData data = model.charts().get(i);
            assertSame(data, tile.data(), "tile " + (i + 1) + " shows the new results");
            assertSame(model.chart(data), tile.viewer().getChart(), "tile " + (i + 1) + " draws the new chart");
            assertEquals("chart-" + data.kind().name(), tile.getId());
        }
        TableView<Integer> secondTable = robot.lookup("#table-BY_STATION").queryTableView();
        assertNotEquals(firstTable, secondTable, "the open table is built again for the new results");
        assertTrue(secondTable.isVisible());
        assertEquals(stations.data().categories().size(), secondTable.getItems().size());
        Object total = secondTable.getColumns().get(1).getCellData(0);
        assertEquals(stations.data().text(stations.data().series().get(0).values().get(0)), total,
                "the table shows the new figures");
        TableView<FigureRow> figures = robot.lookup("#figureTable").queryTableView();
        assertEquals(model.figureRows(), figures.getItems());
    }

    @Test
    void aFigureRowGetsItsDefinitionWhenThePointerComesOverIt(FxRobot robot) throws Exception {
        showPeriod(robot, Period.year(2026));
        TableRow<?> visitors = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof FigureRow row
                && row.name().equals("接待来访群众")).query();
        // The first row, 来访接待, is the heading of the group above 接待来访群众.
        TableRow<?> heading = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof FigureRow row
                && row.heading() && r.getIndex() == 0).query();
        assertNull(visitors.getTooltip(), "no tooltip made before it is wanted");

        robot.moveTo(visitors);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(visitors.getTooltip());
        assertEquals(((FigureRow) visitors.getItem()).definition(), visitors.getTooltip().getText());
        robot.moveTo(heading);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(heading.getTooltip(), "a group heading has no definition");
        assertFalse(((FigureRow) visitors.getItem()).definition().isBlank());
    }

    private void showPeriod(FxRobot robot, Period period) throws Exception {
        robot.interact(() -> model.showPeriod(period));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Statistics shown = model.statisticsProperty().get();
            return shown != null && shown.scope().period().equals(period) && !model.computingProperty().get()
                    && WaitForAsyncUtils.asyncFx(view::resultsShown).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<ChartTile> tiles(FxRobot robot) {
        return robot.lookup(".chart-tile").queryAll().stream().map(n -> (ChartTile) n).toList();
    }

    private static ChartTile tile(List<ChartTile> tiles, String id) {
        return tiles.stream().filter(t -> id.equals(((Node) t).getId())).findFirst().orElseThrow();
    }
}
