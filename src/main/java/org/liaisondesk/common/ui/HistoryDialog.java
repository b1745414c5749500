package org.liaisondesk.common.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;

/**
 * A record's history (修改记录): one line per changed field, newest first — when, who, what, old → new.
 * Field names are shown through the {@code field.<name>} labels of the forms; values as stored.
 */
public final class HistoryDialog {
    /** One line of the table, already in words. */
    public record Line(String at, String user, String action, String field, String oldValue, String newValue) {
    }

    private HistoryDialog() {
    }

    public static void show(Window owner, String title, List<Line> lines) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.tr("history.title", title));
        dialog.setResizable(true);
        TableView<Line> table = new TableView<>();
        table.setId("historyTable");
        table.setPlaceholder(new javafx.scene.control.Label(Messages.tr("history.empty")));
        table.getColumns().add(column("history.column.at", Line::at, 11));
        table.getColumns().add(column("history.column.user", Line::user, 6));
        table.getColumns().add(column("history.column.action", Line::action, 5));
        table.getColumns().add(column("history.column.field", Line::field, 8));
        table.getColumns().add(column("history.column.old", Line::oldValue, 16));
        table.getColumns().add(column("history.column.new", Line::newValue, 16));
        table.getItems().setAll(lines);
        table.setStyle("-fx-pref-width: 62em; -fx-pref-height: 26em;");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Messages.tr("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Theme.apply(dialog.getDialogPane());
        dialog.showAndWait();
    }

    private static TableColumn<Line, String> column(String key, java.util.function.Function<Line, String> value, double em) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(em * 14);
        return c;
    }
}
