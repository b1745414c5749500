package org.liaisondesk.documents.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.documents.ui.BatchDocumentsViewModel.Phase;
import org.liaisondesk.documents.ui.BatchDocumentsViewModel.Scope;

/**
 * 批量生成文书 over a {@link BatchDocumentsViewModel}: which recommendations (those selected in the list, or all issued
 * in a period, counted as the dates change), the folder and 覆盖同名文件; then 开始 shows a progress bar with the
 * document being written and 取消; at the end the summary, the documents refused with why, 打开文件夹 and 关闭.
 * Closing while writing asks first, and cancels.
 */
public final class BatchDocumentsDialog {
    private final BatchDocumentsViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public BatchDocumentsDialog(Window owner, BatchDocumentsViewModel model) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(Messages.tr("documents.batch.title"));
        ButtonType start = new ButtonType(Messages.tr("documents.batch.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType openFolder = new ButtonType(Messages.tr("documents.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Messages.tr("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(start, openFolder, close);

        BooleanBinding setup = model.phaseProperty().isEqualTo(Phase.SETUP);
        BooleanBinding running = model.phaseProperty().isEqualTo(Phase.RUNNING);
        BooleanBinding done = model.phaseProperty().isEqualTo(Phase.DONE);

        VBox setupPane = setupPane();
        showWhen(setupPane, setup);

        ProgressBar bar = new ProgressBar();
        bar.setId("batchProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("batchProgressText");
        progressText.setWrapText(true);
        progressText.setMinHeight(Region.USE_PREF_SIZE);
        progressText.textProperty().bind(model.progressTextProperty());
        Button cancel = new Button(Messages.tr("documents.batch.cancel"));
        cancel.setId("cancelBatchButton");
        cancel.disableProperty().bind(model.cancelRequestedProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox cancelRow = new HBox(cancel);
        cancelRow.setAlignment(Pos.CENTER_RIGHT);
        VBox runningPane = new VBox(8, bar, progressText, cancelRow);
        showWhen(runningPane, running);

        Label summary = new Label();
        summary.setId("batchSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());
        Label failuresTitle = new Label(Messages.tr("documents.batch.failuresTitle"));
        ListView<String> failures = new ListView<>(model.failures());
        failures.setId("batchFailures");
        failures.setPrefHeight(160);
        failures.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        VBox.setVgrow(failures, Priority.ALWAYS);
        BooleanBinding anyFailure = Bindings.isNotEmpty(model.failures());
        showWhen(failuresTitle, anyFailure);
        showWhen(failures, anyFailure);
        VBox donePane = new VBox(8, summary, failuresTitle, failures);
        showWhen(donePane, done);

        VBox content = new VBox(10, setupPane, runningPane, donePane);
        content.setStyle("-fx-pref-width: 40em;");
        dialog.getDialogPane().setContent(content);
        Theme.apply(dialog.getDialogPane());

        Button startButton = (Button) dialog.getDialogPane().lookupButton(start);
        startButton.setId("startBatchButton");
        showWhen(startButton, setup);
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.start();
        });
        Button openFolderButton = (Button) dialog.getDialogPane().lookupButton(openFolder);
        openFolderButton.setId("openBatchFolderButton");
        showWhen(openFolderButton, done);
        openFolderButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.openFolder();
        });
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("closeButton");
        model.phaseProperty().addListener((obs, was, now) -> {
            if (now == Phase.DONE) {
                closeButton.setDefaultButton(true);
                closeButton.requestFocus();
            }
        });
        // The panes differ in height, and a refusal may come after the dialog opened: the window follows its content.
        model.phaseProperty().addListener((obs, was, now) -> fitWindow());
        model.errorProperty().addListener((obs, was, now) -> fitWindow());
        dialog.setOnCloseRequest(e -> {
            if (!model.mayClose()) {
                e.consume();
            }
        });
    }

    private void fitWindow() {
        if (dialog.isShowing() && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.sizeToScene();
        }
    }

    private VBox setupPane() {
        ToggleGroup scopes = new ToggleGroup();
        RadioButton selected = new RadioButton(Messages.tr("documents.batch.selected", model.selectedCount()));
        selected.setId("scopeSelected");
        selected.setToggleGroup(scopes);
        selected.setUserData(Scope.SELECTED);
        // Opened from the list with nothing selected, only the period is offered.
        selected.setVisible(model.selectedCount() > 0);
        selected.setManaged(model.selectedCount() > 0);
        RadioButton period = new RadioButton(Messages.tr("documents.batch.periodFrom"));
        period.setId("scopePeriod");
        period.setToggleGroup(scopes);
        period.setUserData(Scope.PERIOD);
        scopes.selectToggle(model.scopeProperty().get() == Scope.SELECTED ? selected : period);
        scopes.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.scopeProperty().set((Scope) now.getUserData());
            }
        });

        DatePicker from = datePicker("fromDate");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("toDate");
        to.valueProperty().bindBidirectional(model.toProperty());
        // Changing a date means the period is wanted.
        from.valueProperty().addListener((obs, was, now) -> scopes.selectToggle(period));
        to.valueProperty().addListener((obs, was, now) -> scopes.selectToggle(period));
        Label count = new Label();
        count.setId("periodCount");
        count.getStyleClass().add("hint");
        count.textProperty().bind(model.periodCountProperty());
        HBox periodRow = new HBox(6, period, from, new Label(Messages.tr("documents.batch.periodTo")), to,
                new Label(Messages.tr("documents.batch.periodEnd")));
        periodRow.setAlignment(Pos.CENTER_LEFT);
        VBox periodBox = new VBox(3, periodRow, count);
        count.setStyle("-fx-padding: 0 0 0 1.8em;");

        FormGrid form = new FormGrid(FXCollections.observableHashMap(), field -> { });
        OutputFolderFields.addTo(form, model.output(), () -> dialog.getDialogPane().getScene().getWindow());

        Label error = new Label();
        error.setId("batchError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        showWhen(error, Bindings.isNotEmpty(error.textProperty()));
        return new VBox(8, selected, periodBox, form, error);
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(Labels.dateConverter());
        picker.setPromptText("2026-01-01");
        picker.setEditable(true);
        picker.setPrefWidth(130);
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitDate(picker);
            }
        });
        return picker;
    }

    /** Text typed into the date field counts once it reads as a date (or is emptied). */
    private static void commitDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        LocalDate parsed = Labels.dateConverter().fromString(text);
        if (parsed != null || text == null || text.isBlank()) {
            picker.setValue(parsed);
        }
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Opens the dialog for the recommendations selected in the list (empty: the period is offered). */
    public static BatchDocumentsDialog show(Window owner, List<Long> selectedIds, GenerationContext context) {
        BatchDocumentsDialog d = new BatchDocumentsDialog(owner,
                new BatchDocumentsViewModel(selectedIds, context, Platform::runLater));
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
}
