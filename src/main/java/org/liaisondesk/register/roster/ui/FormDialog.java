package org.liaisondesk.register.roster.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;

/**
 * The modal dialog every roster form is shown in. Save (button, Ctrl+S) runs in the background and closes
 * the dialog only when the entry was stored; Esc or closing asks before dropping typed changes; a saved
 * record offers its 修改记录.
 */
final class FormDialog {
    private FormDialog() {
    }

    /**
     * Shows {@code form} and waits until the dialog is closed.
     *
     * @param fields       adds the form's fields to the grid and returns the control to focus first
     * @param historyTitle names the record in the title of its history
     */
    static <T> void open(Window owner, EditForm<T> form, String title, String historyTitle,
                         Function<FormGrid, Node> fields, Consumer<T> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (form.recordId() != null) {
            ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().add(history);
            Button historyButton = (Button) dialog.getDialogPane().lookupButton(history);
            historyButton.setId("historyButton");
            historyButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                form.loadHistory(entries -> HistoryDialog.show(dialog.getDialogPane().getScene().getWindow(),
                        historyTitle, HistoryLines.of(entries)));
            });
        }

        FormGrid grid = new FormGrid(form.errors(), form::touch);
        grid.setStyle("-fx-pref-width: 32em;");
        Node first = fields.apply(grid);
        dialog.getDialogPane().setContent(grid);
        Theme.apply(dialog.getDialogPane());

        boolean[] saved = {false};
        Runnable trySave = () -> form.save(entry -> {
            saved[0] = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
            onSaved.accept(entry);
        });
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveButton");
        saveButton.disableProperty().bind(form.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            trySave.run();
        });
        dialog.getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), trySave);
        dialog.setOnCloseRequest(e -> {
            if (!saved[0] && !form.mayDiscard()) {
                e.consume();
            }
        });
        dialog.setOnShown(e -> first.requestFocus());
        // Measured after the layout pass that shows the changed problem.
        form.errors().addListener((MapChangeListener<String, String>) change ->
                Platform.runLater(() -> growToFit(dialog, grid)));
        dialog.showAndWait();
    }

    /**
     * Problems add wrapped lines under their fields. The window was sized for one-line rows, so it grows by
     * what the form now needs at its actual width, instead of squeezing a problem into "…".
     */
    private static void growToFit(Dialog<?> dialog, FormGrid grid) {
        Window window = dialog.getDialogPane().getScene().getWindow();
        double missing = Math.ceil(grid.prefHeight(grid.getWidth()) - grid.getHeight());
        if (window != null && grid.getWidth() > 0 && missing > 0) {
            window.setHeight(window.getHeight() + missing);
        }
    }

    static TextArea note() {
        TextArea note = new TextArea();
        note.setWrapText(true);
        note.setPrefRowCount(3);
        return note;
    }

    /**
     * A date field that accepts the forms people type; text that is not a date keeps showing (never silently
     * replaced) and is reported on the field.
     */
    static DatePicker datePicker(EditForm<?> form, String field) {
        DatePicker picker = new DatePicker();
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2024-10-12");
        picker.setEditable(true);
        picker.getEditor().textProperty().addListener((obs, was, text) -> form.setDateUnreadable(field,
                text != null && !text.isBlank() && Labels.dateConverter().fromString(text) == null));
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                String text = picker.getEditor().getText();
                LocalDate parsed = Labels.dateConverter().fromString(text);
                if (parsed != null || text == null || text.isBlank()) {
                    picker.setValue(parsed);
                }
            }
        });
        return picker;
    }
}
