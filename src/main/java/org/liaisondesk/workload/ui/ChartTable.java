package org.liaisondesk.workload.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.workload.model.ChartData;

/**
 * The table behind one chart, as the meeting pack prints it: a row per category, a column per series (and 合计 for
 * stacked bars). It is also the keyboard's way into the records: Enter or a double-click on a value opens the records
 * that value counts, like a click on its bar.
 */
final class ChartTable extends TableView<Integer> {
    ChartTable(ChartData data, ChartTile.Actions actions) {
        setId("table-" + data.kind().name());
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setSortPolicy(t -> false);

        TableColumn<Integer, String> category = new TableColumn<>(Messages.tr("workload.pack.category." + data.kind().name()));
        category.setCellValueFactory(c -> new ReadOnlyStringWrapper(data.categories().get(c.getValue()).label()));
        getColumns().add(category);
        for (ChartData.Series series : data.series()) {
            TableColumn<Integer, String> column = new TableColumn<>(series.label());
            column.setUserData(series.key());
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(data.text(series.values().get(c.getValue()))));
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            getColumns().add(column);
        }
        if (data.stacked()) {
            TableColumn<Integer, String> total = new TableColumn<>(Messages.tr("workload.pack.column.total"));
            total.setCellValueFactory(c -> new ReadOnlyStringWrapper(data.text(data.total(c.getValue()))));
            total.setStyle("-fx-alignment: CENTER-RIGHT;");
            getColumns().add(total);
        }
        getColumns().forEach(c -> c.setSortable(false));
        for (int i = 0; i < data.categories().size(); i++) {
            getItems().add(i);
        }
        setFixedCellSize(26);
        setPrefHeight(Math.min(12, data.categories().size() + 1) * 26 + 6);
        setPlaceholder(new javafx.scene.control.Label(Messages.tr("workload.chart.empty")));

        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && drill(data, actions)) {
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                drill(data, actions);
            }
        });
    }

    /** Opens the records behind the selected value; false when a category name or a total is selected. */
    private boolean drill(ChartData data, ChartTile.Actions actions) {
        if (getSelectionModel().getSelectedCells().isEmpty()) {
            return false;
        }
        TablePosition<Integer, ?> cell = getSelectionModel().getSelectedCells().get(0);
        if (cell.getTableColumn() == null || !(cell.getTableColumn().getUserData() instanceof String seriesKey)) {
            return false;
        }
        String categoryKey = data.categories().get(getItems().get(cell.getRow())).key();
        // Single-series charts and pies are drilled by their category alone, like a click on their bar or slice.
        actions.drill(data, categoryKey, data.series().size() == 1 ? null : seriesKey);
        return true;
    }
}
