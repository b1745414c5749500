package org.liaisondesk.exchange.imports.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.FxDialogService;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.service.ImportService;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.FieldChoice;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.MappingRow;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.Phase;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.ProblemRow;

/**
 * 导入 Excel, a window owned by the main window: what to import and 下载模板…; the file and 选择文件…; on the left the
 * file's columns with the field each one fills (不导入 allowed), on the right the check's report with 导出错误报告…;
 * the progress with 取消 while checking or importing; 检查, 全部导入, 仅导入正确的行, 关闭. Enter runs the step's
 * action, Esc cancels the work in progress or closes.
 */
public final class ImportDialog {
    private static final PseudoClass POSSIBLE_DUPLICATE = PseudoClass.getPseudoClass("possible-duplicate");

    private final ImportViewModel model;
    private final SheetFiles files;
    private final Stage stage = new Stage();

    public ImportDialog(Window owner, ImportViewModel model, SheetFiles files) {
        this.model = model;
        this.files = files;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.tr("exchange.importDialog.title"));
        BooleanBinding busy = model.busyBinding();

        VBox root = new VBox(chooser(busy), hint(), center(busy), progressRow(busy), messages(), buttons(busy));
        root.getStyleClass().add("import-dialog");
        root.setStyle("-fx-pref-width: 72em; -fx-pref-height: 44em;");
        Scene scene = new Scene(root);
        Theme.apply(scene);
        scene.getStylesheets().add(ImportDialog.class.getResource("import.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setOnCloseRequest(e -> {
            if (!model.mayClose()) {
                e.consume();
            }
        });
    }

    /**
     * Opens the import window over {@code owner} with {@code kind} chosen.
     *
     * @param dialogs     the main window's dialogs: the result is also told in its notice bar
     * @param afterImport on the JavaFX thread after records were written (e.g. reload the list)
     */
    public static ImportDialog open(Window owner, ImportKind kind, ImportService imports, BackgroundExecutor executor,
                                    DialogService dialogs, Runnable afterImport) {
        OverThisWindow questions = new OverThisWindow(dialogs);
        ImportDialog dialog = new ImportDialog(owner,
                new ImportViewModel(imports, executor, questions, Platform::runLater, kind, afterImport), SheetFiles.DESKTOP);
        questions.window = dialog.stage;
        dialog.show();
        return dialog;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private GridPane chooser(BooleanBinding busy) {
        ComboBox<ImportKind> kind = new ComboBox<>();
        kind.setId("kindBox");
        kind.getItems().setAll(model.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportKind k) {
                return k == null ? "" : ImportViewModel.kindLabel(k);
            }

            @Override
            public ImportKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(busy);
        Button template = button("templateButton", "exchange.importDialog.template", this::onTemplate);
        template.disableProperty().bind(busy.or(model.savingFileProperty()));

        TextField file = new TextField();
        file.setId("fileField");
        file.setEditable(false);
        file.setFocusTraversable(false);
        file.setPromptText(Messages.tr("exchange.importDialog.noFile"));
        file.textProperty().bind(Bindings.createStringBinding(
                () -> model.fileProperty().get() == null ? "" : model.fileProperty().get().toString(), model.fileProperty()));
        Button choose = button("chooseButton", "exchange.importDialog.choose", this::onChoose);
        choose.disableProperty().bind(busy);
        choose.defaultButtonProperty().bind(model.phaseProperty().isEqualTo(Phase.CHOOSE));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-row");
        grid.addRow(0, new Label(Messages.tr("exchange.importDialog.kind")), kind, template);
        grid.addRow(1, new Label(Messages.tr("exchange.importDialog.file")), file, choose);
        GridPane.setHgrow(file, Priority.ALWAYS);
        file.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    private static Label hint() {
        Label hint = new Label(Messages.tr("exchange.importDialog.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private HBox center(BooleanBinding busy) {
        TableView<MappingRow> mapping = new TableView<>(model.mapping());
        mapping.setId("mappingTable");
        mapping.setPlaceholder(wrapped(Messages.tr("exchange.importDialog.noMapping")));
        mapping.disableProperty().bind(busy);
        TableColumn<MappingRow, String> header = column("exchange.importDialog.column.header", 11);
        header.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().header()));
        TableColumn<MappingRow, MappingRow> field = new TableColumn<>(Messages.tr("exchange.importDialog.column.field"));
        field.setSortable(false);
        field.setPrefWidth(em(13));
        field.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        field.setCellFactory(c -> new FieldCell());
        mapping.getColumns().add(header);
        mapping.getColumns().add(field);
        mapping.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        Label mappingProblem = wrapped("");
        mappingProblem.setId("mappingProblem");
        mappingProblem.getStyleClass().add("field-error");
        mappingProblem.textProperty().bind(model.mappingProblemProperty());
        showWhen(mappingProblem, Bindings.isNotEmpty(model.mappingProblemProperty()));
        VBox left = new VBox(6, title("exchange.importDialog.mappingTitle"), mapping, mappingProblem);
        left.setStyle("-fx-pref-width: 28em; -fx-min-width: 28em;");

        TableView<ProblemRow> report = new TableView<>(model.problems());
        report.setId("problemTable");
        report.setPlaceholder(wrapped(Messages.tr("exchange.importDialog.noReport")));
        TableColumn<ProblemRow, String> row = column("exchange.importDialog.column.row", 4);
        row.setCellValueFactory(cd -> new ReadOnlyStringWrapper(String.valueOf(cd.getValue().sheetRow())));
        TableColumn<ProblemRow, String> column = column("exchange.importDialog.column.column", 8);
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().column()));
        TableColumn<ProblemRow, String> problem = column("exchange.importDialog.column.problem", 24);
        problem.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().message()));
        problem.setCellFactory(c -> new WrappingCell(problem));
        report.getColumns().add(row);
        report.getColumns().add(column);
        report.getColumns().add(problem);
        report.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        report.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(POSSIBLE_DUPLICATE, !empty && item != null && item.possibleDuplicate());
            }
        });
        VBox.setVgrow(report, Priority.ALWAYS);
        Label summary = wrapped("");
        summary.setId("summaryLabel");
        summary.getStyleClass().add("import-summary");
        summary.textProperty().bind(model.summaryProperty());
        showWhen(summary, Bindings.isNotEmpty(model.summaryProperty()));
        Button errorReport = button("errorReportButton", "exchange.importDialog.errorReport", this::onErrorReport);
        errorReport.disableProperty().bind(busy.or(model.savingFileProperty()).or(Bindings.isEmpty(model.problems())));
        HBox reportActions = new HBox(6, errorReport);
        VBox right = new VBox(6, title("exchange.importDialog.reportTitle"), summary, report, reportActions);
        HBox.setHgrow(right, Priority.ALWAYS);

        HBox center = new HBox(12, left, right);
        VBox.setVgrow(center, Priority.ALWAYS);
        return center;
    }

    private HBox progressRow(BooleanBinding busy) {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label text = new Label();
        text.setId("progressText");
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.textProperty().bind(model.progressTextProperty());
        Button cancel = button("cancelButton", "common.cancel", model::cancel);
        cancel.disableProperty().bind(model.cancelRequestedProperty());
        cancel.cancelButtonProperty().bind(busy);
        HBox row = new HBox(8, bar, text, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        showWhen(row, busy);
        return row;
    }

    private VBox messages() {
        Label error = wrapped("");
        error.setId("errorLabel");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.errorProperty());
        showWhen(error, Bindings.isNotEmpty(model.errorProperty()));
        Label status = wrapped("");
        status.setId("statusLabel");
        status.getStyleClass().add("import-status");
        status.textProperty().bind(model.statusProperty());
        showWhen(status, Bindings.isNotEmpty(model.statusProperty()));
        return new VBox(4, error, status);
    }

    private HBox buttons(BooleanBinding busy) {
        Button check = button("checkButton", "exchange.importDialog.check", model::check);
        BooleanBinding canCheck = model.canCheckBinding();
        check.disableProperty().bind(canCheck.not());
        check.defaultButtonProperty().bind(model.phaseProperty().isEqualTo(Phase.MAPPING));
        Button all = button("importAllButton", "exchange.importDialog.importAll", model::importAll);
        BooleanBinding canAll = model.canImportAllBinding();
        all.disableProperty().bind(canAll.not());
        all.defaultButtonProperty().bind(canAll);
        Button validOnly = button("importValidButton", "exchange.importDialog.validOnly", model::importValidRowsOnly);
        BooleanBinding canValidOnly = model.canImportValidRowsOnlyBinding();
        validOnly.disableProperty().bind(canValidOnly.not());
        validOnly.defaultButtonProperty().bind(canValidOnly);
        Button close = button("closeButton", "common.close", this::onClose);
        close.cancelButtonProperty().bind(busy.not());
        close.defaultButtonProperty().bind(model.phaseProperty().isEqualTo(Phase.DONE));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, grow, check, all, validOnly, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private void onChoose() {
        files.openSheet(stage).ifPresent(model::chooseFile);
    }

    private void onTemplate() {
        files.saveWorkbook(stage, Messages.tr("exchange.importDialog.template"), model.templateFileName())
                .ifPresent(model::writeTemplate);
    }

    private void onErrorReport() {
        files.saveWorkbook(stage, Messages.tr("exchange.importDialog.errorReport"), model.errorReportFileName())
                .ifPresent(model::writeErrorReport);
    }

    private void onClose() {
        if (model.mayClose()) {
            stage.close();
        }
    }

    /** The field a column fills, always shown as a drop-down. */
    private final class FieldCell extends TableCell<MappingRow, MappingRow> {
        private final ComboBox<FieldChoice> box = new ComboBox<>(model.fieldChoices());
        private MappingRow shown;

        FieldCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("field-choice");
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                box.valueProperty().unbindBidirectional(shown.choiceProperty());
                shown = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            shown = row;
            box.valueProperty().bindBidirectional(row.choiceProperty());
            box.setAccessibleText(row.header());
            setGraphic(box);
        }
    }

    /** A long message wraps within its column instead of being cut off; the row grows to fit it. */
    private static final class WrappingCell extends TableCell<ProblemRow, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<ProblemRow, String> column) {
            text.getStyleClass().add("import-problem-text");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            setText(null);
        }

        @Override
        protected void updateItem(String message, boolean empty) {
            super.updateItem(message, empty);
            text.setText(empty || message == null ? "" : message);
            setGraphic(empty ? null : text);
        }
    }

    /**
     * Questions asked while the import window is open stand over it; results also go to the main window's notice
     * bar, which stays after this window is closed.
     */
    private static final class OverThisWindow implements DialogService {
        private final DialogService main;
        private Window window;

        OverThisWindow(DialogService main) {
            this.main = main;
        }

        private DialogService here() {
            return new FxDialogService(window, null);
        }

        @Override
        public void showError(String title, String message) {
            here().showError(title, message);
        }

        @Override
        public void showInfo(String title, String message) {
            here().showInfo(title, message);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return here().confirm(title, message, confirmLabel);
        }

        @Override
        public Optional<Integer> choose(String title, String message, String... options) {
            return here().choose(title, message, options);
        }

        @Override
        public void notify(String message, String actionLabel, Runnable action) {
            main.notify(message, actionLabel, action);
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.tr(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <S> TableColumn<S, String> column(String key, double width) {
        TableColumn<S, String> c = new TableColumn<>(Messages.tr(key));
        c.setSortable(false);
        c.setPrefWidth(em(width));
        return c;
    }

    private static Label title(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("import-pane-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Column widths follow the font, like the sizes in em of the stylesheets. */
    private static double em(double n) {
        return n * javafx.scene.text.Font.getDefault().getSize();
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
