package org.liaisondesk.documents.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Theme;

/**
 * The small 生成文书 dialog over a {@link GenerateDocumentViewModel}: the document to be written, the folder, 覆盖同名文件.
 * Enter generates, Esc closes. A refusal stays in the dialog as text; once written, the dialog offers the file and
 * its folder, and Enter closes it.
 */
public final class GenerateDocumentDialog {
    private final GenerateDocumentViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public GenerateDocumentDialog(Window owner, GenerateDocumentViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr("documents.generate.title"));
        ButtonType generate = new ButtonType(Messages.tr("documents.generate.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.tr("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(generate, close);

        Label what = new Label();
        what.setId("documentDescription");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.setStyle("-fx-font-weight: bold;");
        what.textProperty().bind(model.descriptionProperty());
        showWhenNotEmpty(what);

        FormGrid form = new FormGrid(FXCollections.observableHashMap(), field -> { });
        OutputFolderFields.addTo(form, model.output(), () -> dialog.getDialogPane().getScene().getWindow());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label working = new Label(Messages.tr("documents.generate.working"));
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox busyRow = new HBox(8, busy, working);
        busyRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("generateError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        showWhenNotEmpty(error);

        Label result = new Label();
        result.setId("generateResult");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.setStyle("-fx-font-weight: bold;");
        result.textProperty().bind(model.resultProperty());
        Button openFile = new Button(Messages.tr("documents.open"));
        openFile.setId("openDocumentButton");
        openFile.setOnAction(e -> model.openFile());
        Button openFolder = new Button(Messages.tr("documents.openContainingFolder"));
        openFolder.setId("openDocumentFolderButton");
        openFolder.setOnAction(e -> model.openFolder());
        HBox openRow = new HBox(8, openFile, openFolder);
        openRow.setAlignment(Pos.CENTER_LEFT);
        VBox resultRow = new VBox(6, result, openRow);
        var written = model.generatedProperty().isNotNull();
        resultRow.visibleProperty().bind(written);
        resultRow.managedProperty().bind(written);

        VBox content = new VBox(8, what, form, busyRow, error, resultRow);
        content.setStyle("-fx-pref-width: 36em;");
        dialog.getDialogPane().setContent(content);
        Theme.apply(dialog.getDialogPane());

        Button generateButton = (Button) dialog.getDialogPane().lookupButton(generate);
        generateButton.setId("generateButton");
        generateButton.disableProperty().bind(model.busyProperty().or(written));
        generateButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.generate();
        });
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("closeButton");
        // Once written, Enter closes instead of writing a second copy.
        model.generatedProperty().addListener((obs, was, now) -> {
            if (now != null) {
                generateButton.setDefaultButton(false);
                closeButton.setDefaultButton(true);
                closeButton.requestFocus();
            }
        });
        dialog.setOnShown(e -> generateButton.requestFocus());
        // Text arriving after the dialog opened (what it writes, a refusal, the result) must not be cut off.
        for (var text : List.of(model.descriptionProperty(), model.errorProperty(), model.resultProperty())) {
            text.addListener((obs, was, now) -> fitWindow());
        }
    }

    private void fitWindow() {
        if (dialog.isShowing() && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.sizeToScene();
        }
    }

    /** Opens the dialog for one recommendation (not waiting for it to close). */
    public static GenerateDocumentDialog show(Window owner, long recommendationId, GenerationContext context) {
        GenerateDocumentDialog d = new GenerateDocumentDialog(owner,
                new GenerateDocumentViewModel(recommendationId, context));
        d.open();
        return d;
    }

    /** Shows the dialog and starts reading what it needs. */
    public void open() {
        model.load();
        dialog.show();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private static void showWhenNotEmpty(Label label) {
        var some = Bindings.isNotEmpty(label.textProperty());
        label.visibleProperty().bind(some);
        label.managedProperty().bind(some);
    }
}
