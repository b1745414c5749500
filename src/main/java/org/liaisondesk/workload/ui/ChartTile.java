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
    private final Actions actions;
    private final Label numberLabel = new Label();
    private final Button print;
    private final Button export;
    private final ToggleButton tableToggle;
    private final Label caption = new Label();
    /** The table behind the chart, built the first time it is asked for (most are never opened). */
    private ChartTable table;
    private ChartData data;

    ChartTile(ChartData data, int number, JFreeChart chart, Actions actions) {
        this.actions = actions;
        getStyleClass().add("chart-tile");
        numberLabel.getStyleClass().add("chart-number");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        print = small(Messages.tr("workload.view.printChart"), Messages.tr("workload.view.printChart.tooltip"));
        print.setOnAction(e -> actions.print(this.data));
        export = small(Messages.tr("workload.view.exportChart"), Messages.tr("workload.view.exportChart.tooltip"));
        export.setOnAction(e -> actions.export(this.data));
        tableToggle = new ToggleButton(Messages.tr("workload.view.chartTable"));
        tableToggle.getStyleClass().add("chart-action");
        tableToggle.setTooltip(new Tooltip(Messages.tr("workload.view.chartTable.tooltip")));
        HBox header = new HBox(6, numberLabel, grow, tableToggle, print, export);
        header.setAlignment(Pos.CENTER_LEFT);

        viewer = new ChartViewer(chart, false);
        quieten(viewer);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                String[] keys = keys(event.getEntity());
                if (keys != null && event.getTrigger().getClickCount() == 1) {
                    actions.drill(ChartTile.this.data, keys[0], keys[1]);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(keys(event.getEntity()) != null ? Cursor.HAND : Cursor.DEFAULT);
            }
        });

        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setMaxWidth(Double.MAX_VALUE);
        tableToggle.selectedProperty().addListener((obs, was, shown) -> {
            if (shown) {
                ChartTable t = table();
                t.requestFocus();
                t.getSelectionModel().clearAndSelect(0, t.getColumns().get(Math.min(1, t.getColumns().size() - 1)));
            }
        });
        getChildren().addAll(header, viewer, caption);
        describe(data, number);
    }

    /**
     * Shows {@code data} (new figures of the same or another chart) in this tile: the nodes stay, the chart is
     * replaced, and a table already built is built again for the new data.
     */
    void show(ChartData newData, int number, JFreeChart chart) {
        viewer.setChart(chart);
        describe(newData, number);
        if (table != null) {
            boolean focused = table.isFocused();
            getChildren().remove(table);
            table = null;
            if (tableToggle.isSelected()) {
                ChartTable t = table();
                if (focused) {
                    t.requestFocus();
                }
            }
        }
    }

    private void describe(ChartData newData, int number) {
        data = newData;
        String kind = newData.kind().name();
        setId("chart-" + kind);
        numberLabel.setText(Messages.tr("workload.view.chartNumber", number));
        print.setId("print-" + kind);
        export.setId("export-" + kind);
        tableToggle.setId("tableToggle-" + kind);
        viewer.setAccessibleText(newData.title());
        caption.setText(newData.caption());
    }

    /** The table behind the chart, built now if it was not yet, shown while its toggle is on. */
    ChartTable table() {
        if (table == null) {
            table = new ChartTable(data, actions);
            table.visibleProperty().bind(tableToggle.selectedProperty());
            table.managedProperty().bind(tableToggle.selectedProperty());
            getChildren().add(table);
        }
        return table;
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
