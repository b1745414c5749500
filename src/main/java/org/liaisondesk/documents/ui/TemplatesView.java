package org.liaisondesk.documents.ui;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.documents.ui.TemplatesViewModel.TemplateItem;

/**
 * The 文书模板 tab: the four templates with their state; for the selected one 用 Word/WPS 打开 (or a double-click),
 * 检查模板 (its result below, with 生成样例), 恢复原版; beside them the tags of that document, searchable, to copy into
 * Word (复制标签, Ctrl+C or a double-click).
 */
public final class TemplatesView {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final TemplatesViewModel model;
    private final Parent root;

    @FXML private Label folderHint;
    @FXML private TableView<TemplateItem> templateTable;
    @FXML private TableColumn<TemplateItem, String> kindColumn;
    @FXML private TableColumn<TemplateItem, String> fileColumn;
    @FXML private TableColumn<TemplateItem, String> statusColumn;
    @FXML private Button openTemplateButton;
    @FXML private Button checkButton;
    @FXML private Button restoreButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private VBox checkPane;
    @FXML private Label checkTitle;
    @FXML private Label checkSummary;
    @FXML private ListView<String> checkProblems;
    @FXML private Label usedTags;
    @FXML private Button sampleButton;
    @FXML private Label tagsTitle;
    @FXML private TextField tagSearchField;
    @FXML private Button copyTagButton;
    @FXML private TableView<TagRow> tagTable;
    @FXML private TableColumn<TagRow, String> syntaxColumn;
    @FXML private TableColumn<TagRow, String> typeColumn;
    @FXML private TableColumn<TagRow, String> descriptionColumn;
    @FXML private TableColumn<TagRow, String> exampleColumn;
    @FXML private Label tagLegend;

    public TemplatesView(TemplatesViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/documents/ui/Templates.fxml");
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        folderHint.setText(Messages.tr("documents.templates.folderHint", model.folder().toAbsolutePath()));

        templateTable.setItems(model.items());
        bind(kindColumn, TemplateItem::kindName);
        bind(fileColumn, TemplateItem::fileName);
        bind(statusColumn, TemplateItem::status);
        templateTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedKindProperty().set(now.kind());
            }
        });
        // The list is replaced on every reload; the selection follows the kind the model keeps.
        model.items().addListener((ListChangeListener<TemplateItem>) c -> reselect());
        model.selectedKindProperty().addListener((obs, was, now) -> reselect());
        templateTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                model.openTemplate();
            }
        });

        var noSelection = model.selectedProperty().isNull();
        openTemplateButton.disableProperty().bind(noSelection);
        checkButton.disableProperty().bind(noSelection.or(model.busyProperty()));
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() == null || !model.selectedProperty().get().changed()
                        || model.busyProperty().get(), model.selectedProperty(), model.busyProperty()));
        busyIndicator.visibleProperty().bind(model.busyProperty());

        checkPane.visibleProperty().bind(model.hasCheckProperty());
        checkPane.managedProperty().bind(model.hasCheckProperty());
        checkTitle.textProperty().bind(model.checkTitleProperty());
        checkSummary.setId("checkSummary");
        checkSummary.textProperty().bind(model.checkSummaryProperty());
        // The model sets checkOk before the summary, so the summary's colour always matches its words.
        model.checkSummaryProperty().addListener((obs, was, text) -> {
            checkSummary.getStyleClass().removeAll("ok-line", "problem-line");
            checkSummary.getStyleClass().add(model.checkOkProperty().get() ? "ok-line" : "problem-line");
        });
        checkProblems.setItems(model.checkLines());
        checkProblems.setCellFactory(list -> new ListCell<>() {
            {
                getStyleClass().add("problem-line");
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        var problems = Bindings.isNotEmpty(model.checkLines());
        checkProblems.visibleProperty().bind(problems);
        checkProblems.managedProperty().bind(problems);
        usedTags.setId("usedTags");
        usedTags.textProperty().bind(model.usedTagsProperty());
        sampleButton.disableProperty().bind(model.busyProperty());

        String name = Messages.tr("documents.tags.howTo.name");
        String field = Messages.tr("documents.tags.howTo.field");
        tagLegend.setText(Messages.tr("documents.tags.howTo", "{{?" + name + "}}…{{/" + name + "}}", "{{?" + name + "}}",
                "{{/" + name + "}}", "{{" + field + "}}", "{{" + name + "}}", "[" + field + "]", "{{@" + name + "}}",
                "{{#" + name + "}}"));
        tagsTitle.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? Messages.tr("documents.tags.title")
                : Messages.tr("documents.tags.titleOf", model.selectedProperty().get().kindName()), model.selectedProperty()));
        tagSearchField.textProperty().bindBidirectional(model.tagSearchProperty());
        tagTable.setItems(model.tagRows());
        syntaxColumn.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().syntax()));
        syntaxColumn.setCellFactory(column -> new TableCell<>() {
            {
                getStyleClass().add("tag-syntax");
            }

            @Override
            protected void updateItem(String syntax, boolean empty) {
                super.updateItem(syntax, empty);
                setText(empty ? null : syntax);
            }
        });
        bindTag(typeColumn, TagRow::type);
        bindTag(descriptionColumn, TagRow::description);
        bindTag(exampleColumn, TagRow::example);
        descriptionColumn.setCellFactory(column -> new WrappingCell<>());
        exampleColumn.setCellFactory(column -> new WrappingCell<>());
        tagTable.setRowFactory(t -> {
            TableRow<TagRow> row = new TableRow<>() {
                @Override
                protected void updateItem(TagRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("tag-field");
                    if (!empty && item != null && item.field()) {
                        getStyleClass().add("tag-field");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    copy(row.getItem());
                }
            });
            return row;
        });
        tagTable.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                e.consume();
                onCopyTag();
            }
        });
        copyTagButton.disableProperty().bind(tagTable.getSelectionModel().selectedItemProperty().isNull());
    }

    /** A cell whose text wraps within the column, so that long descriptions and examples are read in full. */
    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            text.getStyleClass().add("wrapping-cell-text");
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }

    private void reselect() {
        TemplateItem current = templateTable.getSelectionModel().getSelectedItem();
        if (current != null && current.kind() == model.selectedKindProperty().get()
                && model.items().contains(current)) {
            return;
        }
        model.items().stream().filter(i -> i.kind() == model.selectedKindProperty().get()).findFirst()
                .ifPresent(i -> templateTable.getSelectionModel().select(i));
    }

    private static void bind(TableColumn<TemplateItem, String> column, Function<TemplateItem, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    }

    private static void bindTag(TableColumn<TagRow, String> column, Function<TagRow, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    }

    /** Reads the folder again; called when the tab is shown. */
    public void show() {
        model.show();
    }

    public void focusSearch() {
        tagSearchField.requestFocus();
        tagSearchField.selectAll();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void copy(TagRow row) {
        model.copy(row, text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @FXML
    private void onCopyTag() {
        copy(tagTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onOpenTemplate() {
        model.openTemplate();
    }

    @FXML
    private void onOpenFolder() {
        model.openFolder();
    }

    @FXML
    private void onCheck() {
        model.check();
    }

    @FXML
    private void onRestore() {
        model.restoreShipped();
    }

    @FXML
    private void onSample() {
        model.renderSample();
    }

    @FXML
    private void onCheckOther() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("documents.templates.checkOther"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("documents.templates.fileType"),
                "*.docx"));
        File picked = chooser.showOpenDialog(window());
        if (picked != null) {
            model.checkFile(picked.toPath());
        }
    }
}
