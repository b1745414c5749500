package org.liaisondesk.register.reference.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.ui.ReferenceListsViewModel.NameForm;

/**
 * The tab "参考列表": pick a list, then add, rename, move up/down or delete its entries. The order here is the
 * order of every pick list that uses the list. Double-click or Enter renames, Delete deletes.
 */
public final class ReferenceListsView {
    private final ReferenceListsViewModel model;
    private final Supplier<Window> owner;
    private final Parent root;

    @FXML private ComboBox<ReferenceList> listBox;
    @FXML private Button renameButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button deleteButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<ReferenceItem> itemTable;
    @FXML private TableColumn<ReferenceItem, String> orderColumn;
    @FXML private TableColumn<ReferenceItem, String> nameColumn;

    /** {@code owner} gives the window the name dialog belongs to. */
    public ReferenceListsView(ReferenceListsViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/reference/ui/ReferenceLists.fxml");
    }

    public Parent root() {
        return root;
    }

    /** Loads the chosen list; called when the tab is shown. */
    public void show() {
        model.load();
    }

    @FXML
    private void initialize() {
        listBox.setItems(FXCollections.observableArrayList(ReferenceList.values()));
        listBox.setConverter(Labels.keyed(ReferenceList::messageKey, ""));
        listBox.valueProperty().bindBidirectional(model.listProperty());
        busyIndicator.visibleProperty().bind(model.loadingProperty());

        itemTable.setItems(model.items());
        orderColumn.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                String.valueOf(itemTable.getItems().indexOf(cd.getValue()) + 1)));
        nameColumn.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().name()));
        itemTable.setRowFactory(t -> {
            TableRow<ReferenceItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onRename();
                }
            });
            return row;
        });
        itemTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onRename();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onDelete();
                e.consume();
            }
        });
        var selected = itemTable.getSelectionModel().selectedIndexProperty();
        BooleanBinding none = selected.lessThan(0);
        renameButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
        upButton.disableProperty().bind(selected.lessThan(1));
        downButton.disableProperty().bind(none.or(selected.greaterThanOrEqualTo(
                Bindings.size(model.items()).subtract(1))));
    }

    @FXML
    public void onNew() {
        edit(model.newItem());
    }

    @FXML
    private void onRename() {
        ReferenceItem item = selected();
        if (item != null) {
            edit(model.rename(item));
        }
    }

    @FXML
    private void onMoveUp() {
        ReferenceItem item = selected();
        if (item != null) {
            model.moveUp(item);
            reselect(item);
        }
    }

    @FXML
    private void onMoveDown() {
        ReferenceItem item = selected();
        if (item != null) {
            model.moveDown(item);
            reselect(item);
        }
    }

    @FXML
    private void onDelete() {
        ReferenceItem item = selected();
        if (item != null) {
            model.delete(item);
        }
    }

    private ReferenceItem selected() {
        return itemTable.getSelectionModel().getSelectedItem();
    }

    /** Keeps the moved entry selected once the reordered list arrives, so it can be moved again at once. */
    private void reselect(ReferenceItem moved) {
        ListChangeListener<ReferenceItem> once = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ReferenceItem> change) {
                model.items().removeListener(this);
                for (int i = 0; i < model.items().size(); i++) {
                    if (model.items().get(i).id().equals(moved.id())) {
                        itemTable.getSelectionModel().clearAndSelect(i);
                        itemTable.scrollTo(i);
                    }
                }
            }
        };
        model.items().addListener(once);
    }

    /**
     * The name dialog: Save (button, Enter, Ctrl+S) runs in the background and closes the dialog only when the
     * entry was stored; Esc or closing asks before dropping a typed name.
     */
    private void edit(NameForm form) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.tr(form.isNew() ? "roster.reference.newTitle" : "roster.reference.renameTitle",
                Messages.tr(form.list().messageKey())));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        FormGrid grid = new FormGrid(form.errors(), form::touch);
        grid.setStyle("-fx-pref-width: 26em;");
        TextField name = grid.field("name", true, new TextField());
        name.textProperty().bindBidirectional(form.nameProperty());
        dialog.getDialogPane().setContent(grid);
        Theme.apply(dialog.getDialogPane());

        boolean[] saved = {false};
        Runnable trySave = () -> form.save(item -> {
            saved[0] = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
            selectWhenListed(item.id());
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
        dialog.setOnShown(e -> name.requestFocus());
        form.errors().addListener((MapChangeListener<String, String>) change -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            double missing = Math.ceil(grid.prefHeight(grid.getWidth()) - grid.getHeight());
            if (window != null && grid.getWidth() > 0 && missing > 0) {
                window.setHeight(window.getHeight() + missing);
            }
        }));
        dialog.showAndWait();
    }

    private void selectWhenListed(long id) {
        ListChangeListener<ReferenceItem> once = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ReferenceItem> change) {
                for (int i = 0; i < model.items().size(); i++) {
                    if (model.items().get(i).id() == id) {
                        model.items().removeListener(this);
                        itemTable.getSelectionModel().clearAndSelect(i);
                        itemTable.scrollTo(i);
                        return;
                    }
                }
            }
        };
        model.items().addListener(once);
    }
}
