package org.liaisondesk.documents.ui;

import org.liaisondesk.common.ui.SettingsPage;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.ChineseDates;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;

/**
 * The documents' settings pane (文书设置): date style, masking of names, the print block's office, the templates
 * folder. 保存 or Ctrl+S saves.
 */
public final class DocumentSettingsView {

    private final DocumentSettingsViewModel model;
    private final VBox root = new VBox();
    private final ComboBox<ChineseDates.Style> dateStyle;

    public DocumentSettingsView(DocumentSettingsViewModel model) {
        this.model = model;
        root.getStyleClass().add("section");
        Label title = new Label(Messages.tr("documents.settings.title"));
        title.getStyleClass().add("section-title");

        FormGrid f = new FormGrid(model.errors(), model::touch);
        dateStyle = f.field("dateStyle", "documents.settings.field.dateStyle", true,
                new ComboBox<>(FXCollections.observableArrayList(ChineseDates.Style.values())));
        dateStyle.setConverter(Labels.converter(DocumentSettingsViewModel::example, ""));
        dateStyle.valueProperty().bindBidirectional(model.dateStyleProperty());
        hintUnderField(f, new Label(Messages.tr("documents.settings.hint.dateStyle")));

        CheckBox mask = f.field("maskNames", "documents.settings.field.maskNames", false,
                new CheckBox(Messages.tr("documents.settings.box.maskNames")));
        mask.selectedProperty().bindBidirectional(model.maskNamesProperty());
        hintUnderField(f, new Label(Messages.tr("documents.settings.hint.maskNames")));

        TextField office = f.field("printingOffice", "documents.settings.field.printingOffice", false, new TextField());
        office.setPromptText(Messages.tr("documents.settings.prompt.printingOffice"));
        office.setPrefColumnCount(24);
        office.textProperty().bindBidirectional(model.printingOfficeProperty());
        Label officeHint = hintUnderField(f, new Label());
        officeHint.textProperty().bind(model.printingOfficeHintProperty());
        officeHint.visibleProperty().bind(officeHint.textProperty().isNotEmpty());
        officeHint.managedProperty().bind(officeHint.visibleProperty());

        TextField folder = new TextField(model.templatesFolderText());
        folder.setEditable(false);
        folder.setId("templatesFolderField");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button(Messages.tr("documents.open"));
        open.setId("openTemplatesFolderButton");
        open.setOnAction(e -> model.openTemplatesFolder());
        HBox folderRow = new HBox(8, folder, open);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        f.field("templatesFolder", "documents.settings.templatesFolder", false, folderRow);
        hintUnderField(f, new Label(Messages.tr("documents.settings.hint.templatesFolder")));

        Button save = new Button(Messages.tr("common.save"));
        save.setId("saveDocumentSettingsButton");
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        HBox buttons = new HBox(save);
        buttons.getStyleClass().add("toolbar-row");

        VBox content = new VBox(f, buttons);
        content.setStyle("-fx-max-width: 56em;");
        SettingsPage.frame(root, title, content, () -> model.save());
    }

    public Node root() {
        return root;
    }

    /** Called when the pane is shown: the values in force now, unless the form holds unsaved changes. */
    public void show() {
        model.reload();
        dateStyle.requestFocus();
    }

    private static Label hintUnderField(FormGrid f, Label hint) {
        f.wide(hint);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        GridPane.setColumnIndex(hint, 1);
        GridPane.setColumnSpan(hint, 1);
        return hint;
    }
}
