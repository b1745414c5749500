package org.liaisondesk.settings.ui;

import org.liaisondesk.common.ui.SettingsPage;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;

/** The section "设置": a form over {@link SettingsViewModel}; 保存 or Ctrl+S saves. */
public final class SettingsView {

    private final SettingsViewModel model;
    private final VBox root = new VBox();
    private final List<Spinner<Integer>> spinners;
    private final TextField officeName;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        root.getStyleClass().add("section");
        Label title = new Label(Messages.tr("settings.title"));
        title.getStyleClass().add("section-title");

        FormGrid f = new FormGrid(model.errors(), model::touch);
        officeName = f.field("officeName", "settings.field.officeName", true, new TextField());
        officeName.setPromptText(Messages.tr("settings.prompt.officeName"));
        officeName.textProperty().bindBidirectional(model.officeNameProperty());
        TextField abbreviation = f.field("officeAbbreviation", "settings.field.officeAbbreviation", false, new TextField());
        abbreviation.setPromptText(Messages.tr("settings.prompt.officeAbbreviation"));
        abbreviation.setPrefColumnCount(6);
        abbreviation.setMaxWidth(TextField.USE_PREF_SIZE);
        abbreviation.textProperty().bindBidirectional(model.officeAbbreviationProperty());
        hintUnderField(f, "settings.hint.officeAbbreviation");
        TextField userName = f.field("userName", "settings.field.userName", false, new TextField());
        userName.textProperty().bindBidirectional(model.userNameProperty());
        hintUnderField(f, "settings.hint.userName");
        ComboBox<String> language = f.field("language", "settings.field.language", false,
                new ComboBox<>(FXCollections.observableArrayList(SettingsViewModel.LANGUAGES)));
        language.setConverter(Labels.keyed(tag -> "settings.language." + tag, ""));
        language.valueProperty().bindBidirectional(model.languageProperty());
        hintUnderField(f, "settings.hint.language");
        Spinner<Integer> reminder = f.field("reminderLeadDays", "settings.field.reminderLeadDays", false,
                spinner(SettingsViewModel.MIN_REMINDER_DAYS, SettingsViewModel.MAX_REMINDER_DAYS));
        reminder.getValueFactory().valueProperty().bindBidirectional(model.reminderLeadDaysProperty());
        hintUnderField(f, "settings.hint.reminderLeadDays");
        Spinner<Integer> pageSize = f.field("pageSize", "settings.field.pageSize", false,
                spinner(SettingsViewModel.MIN_PAGE_SIZE, SettingsViewModel.MAX_PAGE_SIZE));
        pageSize.getValueFactory().valueProperty().bindBidirectional(model.pageSizeProperty());
        spinners = List.of(reminder, pageSize);

        TextField folder = new TextField(model.dataFolderText());
        folder.setEditable(false);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button(Messages.tr("settings.openDataFolder"));
        open.setId("openDataFolderButton");
        open.setOnAction(e -> model.openDataFolder());
        f.field("dataFolder", "settings.field.dataFolder", false, new HBox(6, folder, open));

        Button save = new Button(Messages.tr("common.save"));
        save.setId("saveButton");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> save());
        HBox buttons = new HBox(save);
        buttons.getStyleClass().add("toolbar-row");

        VBox content = new VBox(f, buttons);
        content.setStyle("-fx-max-width: 48em;");
        SettingsPage.frame(root, title, content, () -> save());
    }

    public Parent root() {
        return root;
    }

    /** Called when the section is shown: puts the cursor in the first field. */
    public void show() {
        officeName.requestFocus();
    }

    private void save() {
        // A number typed into a spinner counts only once committed; Ctrl+S may come before that.
        spinners.forEach(Spinner::commitValue);
        model.save();
    }

    private static Spinner<Integer> spinner(int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(min, max, min);
        spinner.setEditable(true);
        spinner.getEditor().setPrefColumnCount(5);
        // Text that is not a number puts the last value back instead of throwing from the editor.
        spinner.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return spinner.getValue();
                }
            }
        });
        return spinner;
    }

    /** A grey explanation in the control column, under the field just added. */
    private static void hintUnderField(FormGrid f, String key) {
        Label hint = f.wide(new Label(Messages.tr(key)));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        GridPane.setColumnIndex(hint, 1);
        GridPane.setColumnSpan(hint, 1);
    }
}
