package org.liaisondesk.workload.ui;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.PieSectionEntity;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.workload.model.ChartData;
import org.liaisondesk.workload.service.ChartKey;

/**
 * One chart on the statistics screen: 图N with 打印此图… and 导出PNG… above it, the chart (a click on a bar, point or
 * slice opens the records behind it; the pointer becomes a hand over them), and the caption in small grey below.
 * The chart neither zooms nor pans, and the mouse wheel scrolls the page instead of zooming.
 */
final class ChartTile extends VBox {
    /** Width ÷ height of a chart on screen (about 560 × 340). */
    static final double ASPECT = 560.0 / 340.0;

    /** What the tile's buttons and clicks ask for. */
    interface Actions {
        void print(ChartData data);

        void export(ChartData data);

        /** A click on a bar: the chart, the category's key and the series' key (null on a pie). */
        void drill(ChartData data, String categoryKey, String seriesKey);
    }

    private final ChartViewer viewer;
    private final ChartData data;

    ChartTile(ChartData data, int number, JFreeChart chart, Actions actions) {
        this.data = data;
        getStyleClass().add("chart-tile");
        setId("chart-" + data.kind().name());

        Label numberLabel = new Label(Messages.tr("workload.view.chartNumber", number));
        numberLabel.getStyleClass().add("chart-number");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button print = small(Messages.tr("workload.view.printChart"), Messages.tr("workload.view.printChart.tooltip"));
        print.setId("print-" + data.kind().name());
        print.setOnAction(e -> actions.print(data));
        Button export = small(Messages.tr("workload.view.exportChart"), Messages.tr("workload.view.exportChart.tooltip"));
        export.setId("export-" + data.kind().name());
        export.setOnAction(e -> actions.export(data));
        ToggleButton tableToggle = new ToggleButton(Messages.tr("workload.view.chartTable"));
        tableToggle.getStyleClass().add("chart-action");
        tableToggle.setTooltip(new Tooltip(Messages.tr("workload.view.chartTable.tooltip")));
        tableToggle.setId("tableToggle-" + data.kind().name());
        HBox header = new HBox(6, numberLabel, grow, tableToggle, print, export);
        header.setAlignment(Pos.CENTER_LEFT);

        viewer = new ChartViewer(chart, false);
        viewer.setAccessibleText(data.title());
        quieten(viewer);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                String[] keys = keys(event.getEntity());
                if (keys != null && event.getTrigger().getClickCount() == 1) {
                    actions.drill(data, keys[0], keys[1]);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(keys(event.getEntity()) != null ? Cursor.HAND : Cursor.DEFAULT);
            }
        });

        Label caption = new Label(data.caption());
        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setMaxWidth(Double.MAX_VALUE);
        ChartTable table = new ChartTable(data, actions);
        table.visibleProperty().bind(tableToggle.selectedProperty());
        table.managedProperty().bind(tableToggle.selectedProperty());
        tableToggle.selectedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0, table.getColumns().get(Math.min(1, table.getColumns().size() - 1)));
            }
        });
        getChildren().addAll(header, viewer, caption, table);
    }

    /** Sizes the tile to {@code width}, the chart inside its padding keeping the aspect. */
    void fitWidth(double width) {
        setPrefWidth(width);
        setMaxWidth(width);
        setMinWidth(width);
        double inner = Math.max(100, width - snappedLeftInset() - snappedRightInset());
        viewer.setPrefSize(inner, inner / ASPECT);
        viewer.setMinSize(inner, inner / ASPECT);
        viewer.setMaxSize(inner, inner / ASPECT);
    }

    ChartData data() {
        return data;
    }

    ChartViewer viewer() {
        return viewer;
    }

    /**
     * The category and series keys of what was clicked (a bar, a point of a line, a slice), or null when it was
     * none of these (an axis, the legend, the empty space).
     */
    static String[] keys(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity item) {
            return new String[] {key(item.getColumnKey()), key(item.getRowKey())};
        }
        if (entity instanceof PieSectionEntity slice) {
            return new String[] {key(slice.getSectionKey()), null};
        }
        return null;
    }

    private static String key(Object datasetKey) {
        return datasetKey instanceof ChartKey k ? k.key() : String.valueOf(datasetKey);
    }

    /** No drag-zoom or pan, and the wheel goes to the scroll pane around the charts. */
    private static void quieten(ChartViewer viewer) {
        ChartCanvas canvas = viewer.getCanvas();
        for (String id : new String[] {"zoom", "pan"}) {
            MouseHandlerFX handler = canvas.getMouseHandler(id);
            if (handler != null) {
                canvas.removeMouseHandler(handler);
            }
        }
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        viewer.addEventFilter(ScrollEvent.ANY, e -> {
            Node parent = viewer.getParent();
            e.consume();
            if (parent != null) {
                parent.fireEvent(e.copyFor(parent, parent));
            }
        });
    }

    private static Button small(String text, String tooltip) {
        Button b = new Button(text);
        b.getStyleClass().add("chart-action");
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(true);
        return b;
    }
}
