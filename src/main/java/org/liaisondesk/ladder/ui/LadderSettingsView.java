package org.liaisondesk.ladder.ui;

import org.liaisondesk.common.ui.SettingsPage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import org.liaisondesk.ladder.model.DocumentNumberFormat;
import org.liaisondesk.ladder.model.NumberScheme;

/**
 * The ladder's settings pane (建议阶梯设置): periods and thresholds, and the document number pattern of each
 * scheme with a live example. 保存 or Ctrl+S saves; the stored deadlines are then re-counted.
 */
public final class LadderSettingsView {

    private final LadderSettingsViewModel model;
    private final VBox root = new VBox();
    private final List<Spinner<Integer>> spinners = new ArrayList<>();

    public LadderSettingsView(LadderSettingsViewModel model) {
        this.model = model;
        root.getStyleClass().add("section");
        Label title = new Label(Messages.tr("ladder.settings.title"));
        title.getStyleClass().add("section-title");

        FormGrid f = new FormGrid(model.errors(), model::touch);
        f.section("ladder.settings.section.periods");
        for (LadderSettingsViewModel.Period p : LadderSettingsViewModel.PERIODS) {
            Spinner<Integer> spinner = f.field(p.name(), "ladder.settings.field." + p.name(), true,
                    spinner(p.min(), p.max()));
            spinner.getValueFactory().valueProperty().bindBidirectional(model.periodProperty(p.name()));
            spinners.add(spinner);
            hintUnderField(f, "ladder.settings.hint." + p.name());
        }

        f.section("ladder.settings.section.numbers");
        Label placeholders = f.wide(new Label(Messages.tr("ladder.settings.placeholders",
                String.join(" ", DocumentNumberFormat.OFFICE, DocumentNumberFormat.CODE, DocumentNumberFormat.YEAR,
                        DocumentNumberFormat.SERIAL))));
        placeholders.getStyleClass().add("hint");
        placeholders.setWrapText(true);
        Label shared = f.wide(new Label(Messages.tr("ladder.settings.sharedSerials")));
        shared.getStyleClass().add("hint");
        shared.setWrapText(true);
        Label office = f.wide(new Label());
        office.getStyleClass().add("deadline-soon");
        office.setWrapText(true);
        office.textProperty().bind(model.officeHintProperty());
        office.visibleProperty().bind(office.textProperty().isNotEmpty());
        office.managedProperty().bind(office.visibleProperty());
        for (NumberScheme scheme : NumberScheme.values()) {
            f.field(scheme.name(), scheme.messageKey(), false, schemeRow(scheme));
        }

        Button save = new Button(Messages.tr("common.save"));
        save.setId("saveLadderSettingsButton");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> save());
        HBox buttons = new HBox(save);
        buttons.getStyleClass().add("toolbar-row");

        VBox content = new VBox(f, buttons);
        content.setStyle("-fx-max-width: 56em;");
        SettingsPage.frame(root, title, content, () -> save());
    }

    public Node root() {
        return root;
    }

    /** Called when the pane is shown: the values in force now, unless the form holds unsaved changes. */
    public void show() {
        model.reload();
        if (!spinners.isEmpty()) {
            spinners.get(0).requestFocus();
        }
    }

    /** Pattern, 代字, the example number, a reset button, and the pattern's problems under them. */
    private Node schemeRow(NumberScheme scheme) {
        TextField pattern = new TextField();
        pattern.setId(LadderSettingsViewModel.patternField(scheme));
        pattern.setPrefColumnCount(18);
        pattern.textProperty().bindBidirectional(model.patternProperty(scheme));
        TextField code = new TextField();
        code.setId(LadderSettingsViewModel.codeField(scheme));
        code.setPrefColumnCount(3);
        code.setPromptText(Messages.tr("ladder.settings.codePrompt"));
        code.textProperty().bindBidirectional(model.codeProperty(scheme));
        code.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.touch(LadderSettingsViewModel.codeField(scheme));
            }
        });
        Label codeLabel = new Label(Messages.tr("ladder.settings.code"));
        Label preview = new Label();
        preview.setId("preview-" + scheme.name());
        preview.textProperty().bind(model.previewProperty(scheme));
        preview.visibleProperty().bind(preview.textProperty().isNotEmpty());
        preview.managedProperty().bind(preview.visibleProperty());
        Button reset = new Button(Messages.tr("ladder.settings.restoreDefault"));
        reset.setOnAction(e -> model.restoreDefault(scheme));
        HBox line = new HBox(8, pattern, codeLabel, code, reset);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pattern, Priority.ALWAYS);
        Label problems = new Label();
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> joined(model.errors().get(LadderSettingsViewModel.patternField(scheme)),
                        model.errors().get(LadderSettingsViewModel.codeField(scheme))), model.errors()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        return new VBox(3, line, preview, problems);
    }

    private static String joined(String first, String second) {
        List<String> parts = new ArrayList<>();
        if (first != null) {
            parts.add(first);
        }
        if (second != null) {
            parts.add(Messages.tr("ladder.settings.code") + "：" + second);
        }
        return String.join("\n", parts);
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

    private static void hintUnderField(FormGrid f, String key) {
        Label hint = f.wide(new Label(Messages.tr(key)));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        GridPane.setColumnIndex(hint, 1);
        GridPane.setColumnSpan(hint, 1);
    }
}
