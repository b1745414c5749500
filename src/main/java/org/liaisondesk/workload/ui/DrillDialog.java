package org.liaisondesk.workload.ui;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.workload.model.DrilledRecord;
import org.liaisondesk.workload.model.RecordKind;

/**
 * The records behind a bar: titled with the chart, the bar and the period (各联络站工作量 · 青山镇检察联络站 · 来访 ·
 * 2026年第四季度), how many there are (共 N 条，显示前 200 条 when cut), and a table of them. Double-click or Enter
 * opens a record through the main window's editors. Not modal, so several can stay open beside the statistics.
 */
public final class DrillDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<DrilledRecord> table = new TableView<>();

    public DrillDialog(Window owner, StatisticsViewModel.DrillResult result, BiConsumer<RecordKind, Long> openRecord) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(result.title());
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.tr("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        Label heading = new Label(result.title());
        heading.getStyleClass().add("form-section-title");
        heading.setWrapText(true);
        Label count = new Label(result.countText());
        count.setId("drillCount");
        count.getStyleClass().add("hint");

        table.setId("drillTable");
        table.setItems(FXCollections.observableArrayList(result.drill().records()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.tr("workload.drill.none")));
        table.getColumns().add(column("workload.drill.column.kind", 6, r -> Messages.tr(r.kind().messageKey())));
        table.getColumns().add(column("workload.drill.column.date", 7, r -> r.date() == null ? "" : r.date().toString()));
        table.getColumns().add(column("workload.drill.column.title", 24, DrilledRecord::title));
        table.getColumns().add(column("workload.drill.column.station", 11, DrilledRecord::station));
        table.getColumns().add(column("workload.drill.column.prosecutor", 6, DrilledRecord::prosecutor));
        table.setRowFactory(t -> {
            TableRow<DrilledRecord> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openRecord.accept(row.getItem().kind(), row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DrilledRecord selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                openRecord.accept(selected.kind(), selected.id());
            }
        });
        Label hint = new Label(Messages.tr("workload.drill.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        VBox content = new VBox(6, heading, count, table, hint);
        content.setStyle("-fx-pref-width: 56em; -fx-pref-height: 30em;");
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        Theme.apply(dialog.getDialogPane());
        if (!result.drill().records().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        dialog.setOnShown(e -> table.requestFocus());
    }

    private static TableColumn<DrilledRecord, String> column(String key, double widthEm,
                                                             Function<DrilledRecord, String> value) {
        TableColumn<DrilledRecord, String> column = new TableColumn<>(Messages.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(widthEm * javafx.scene.text.Font.getDefault().getSize());
        return column;
    }

    /** Shows the records of {@code result}. */
    public static DrillDialog show(Window owner, StatisticsViewModel.DrillResult result,
                                   BiConsumer<RecordKind, Long> openRecord) {
        DrillDialog d = new DrillDialog(owner, result, openRecord);
        d.dialog.show();
        return d;
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    public TableView<DrilledRecord> table() {
        return table;
    }
}
