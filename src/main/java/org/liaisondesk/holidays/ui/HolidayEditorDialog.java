package org.liaisondesk.holidays.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import org.liaisondesk.holidays.model.DayKind;
import org.liaisondesk.holidays.model.HolidayRules;
import org.liaisondesk.holidays.ui.HolidayCalendarViewModel.EntryForm;

/**
 * The form for one day of the holiday calendar. Save (button, Ctrl+S) runs in the background and closes the
 * dialog only when stored; Esc or closing asks before dropping typed changes; an existing day offers 修改记录.
 */
final class HolidayEditorDialog {
    private HolidayEditorDialog() {
    }

    static void open(Window owner, EntryForm form, Consumer<LocalDate> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.tr(form.isNew() ? "holidays.editor.newTitle" : "holidays.editor.editTitle"));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        if (!form.isNew()) {
            ButtonType history = new ButtonType(Messages.tr("history.show"), ButtonBar.ButtonData.LEFT);
            dialog.getDialogPane().getButtonTypes().add(history);
            Button historyButton = (Button) dialog.getDialogPane().lookupButton(history);
            historyButton.setId("historyButton");
            historyButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                form.loadHistory(entries -> HistoryDialog.show(dialog.getDialogPane().getScene().getWindow(),
                        Messages.tr("holidays.editor.historyTitle", String.valueOf(form.dayProperty().get())),
                        HistoryLines.of(entries, "holidays.field.", "field.")));
            });
        }

        FormGrid grid = new FormGrid(form.errors(), form::touch);
        grid.setStyle("-fx-pref-width: 30em;");
        DatePicker day = grid.field("day", "holidays.field.day", true, datePicker(form));
        day.valueProperty().bindBidirectional(form.dayProperty());
        day.setDisable(!form.isNew());
        ComboBox<DayKind> kind = grid.field("kind", "holidays.field.kind", true,
                new ComboBox<>(FXCollections.observableArrayList(DayKind.values())));
        kind.setConverter(Labels.keyed(DayKind::messageKey, ""));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        TextField name = grid.field("name", "holidays.field.name", false, new TextField());
        name.setPromptText(Messages.tr("holidays.editor.namePrompt"));
        name.textProperty().bindBidirectional(form.nameProperty());
        name.disableProperty().bind(form.kindProperty().isEqualTo(DayKind.NORMAL));
        if (!form.officialText().isEmpty()) {
            grid.wide(hint(form.officialText()));
        }
        grid.wide(hint(Messages.tr("holidays.editor.hint", String.valueOf(HolidayRules.MAX_NAME_LENGTH))));
        dialog.getDialogPane().setContent(grid);
        Theme.apply(dialog.getDialogPane());

        boolean[] saved = {false};
        Runnable trySave = () -> {
            // Ctrl+S right after typing a date: the picker has not taken the text yet.
            commitTypedDate(day);
            form.save(d -> {
                saved[0] = true;
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onSaved.accept(d);
            });
        };
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
        dialog.setOnShown(e -> (form.isNew() ? day.getEditor() : kind).requestFocus());
        // A problem adds a wrapped line under its field: grow the window by what the form now needs.
        form.errors().addListener((MapChangeListener<String, String>) change -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            double missing = Math.ceil(grid.prefHeight(grid.getWidth()) - grid.getHeight());
            if (window != null && grid.getWidth() > 0 && missing > 0) {
                window.setHeight(window.getHeight() + missing);
            }
        }));
        dialog.showAndWait();
    }

    /** Accepts the forms people type; text that is not a date keeps showing and is reported on the field. */
    private static DatePicker datePicker(EntryForm form) {
        DatePicker picker = new DatePicker();
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2027-01-01");
        picker.setEditable(true);
        picker.getEditor().textProperty().addListener((obs, was, text) -> form.setDayUnreadable(
                text != null && !text.isBlank() && Labels.dateConverter().fromString(text) == null));
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTypedDate(picker);
            }
        });
        return picker;
    }

    /** Takes the typed text as the value when it is a date (or empty); unreadable text is left to be reported. */
    private static void commitTypedDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate parsed = Labels.dateConverter().fromString(text);
        if (parsed != null || text == null || text.isBlank()) {
            picker.setValue(parsed);
        }
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
