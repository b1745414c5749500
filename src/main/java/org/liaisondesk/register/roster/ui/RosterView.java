package org.liaisondesk.register.roster.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorForm;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorItem;
import org.liaisondesk.register.roster.ui.RosterViewModel.StationForm;

/**
 * The section "联络站与检察官": stations and prosecutors side by side, each with 新增/编辑/删除. Double-click
 * or Enter edits the selected row, Delete deletes it (after a question). Editing happens in a small dialog
 * that stays open, with what was typed, until the service accepts the entry.
 */
public final class RosterView {
    private final RosterViewModel model;
    private final Window owner;
    private final Parent root;
    private boolean prosecutorsActive;

    @FXML private ProgressIndicator busyIndicator;
    @FXML private VBox stationPane;
    @FXML private VBox prosecutorPane;
    @FXML private Button editStationButton;
    @FXML private Button deleteStationButton;
    @FXML private Button editProsecutorButton;
    @FXML private Button deleteProsecutorButton;
    @FXML private TableView<Station> stationTable;
    @FXML private TableColumn<Station, String> stationNameColumn;
    @FXML private TableColumn<Station, String> stationKindColumn;
    @FXML private TableColumn<Station, String> stationAddressColumn;
    @FXML private TableView<ProsecutorItem> prosecutorTable;
    @FXML private TableColumn<ProsecutorItem, String> prosecutorNameColumn;
    @FXML private TableColumn<ProsecutorItem, String> prosecutorStationColumn;
    @FXML private TableColumn<ProsecutorItem, String> prosecutorPhoneColumn;

    /** {@code owner} is the window the edit dialogs belong to; null means the window this view is shown in. */
    public RosterView(RosterViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/roster/ui/Roster.fxml");
    }

    public Parent root() {
        return root;
    }

    /** Loads the lists; called when the section is shown. */
    public void show() {
        model.refresh();
    }

    /** Ctrl+N: a new prosecutor when the prosecutor list was last in use and a station exists, else a new station. */
    public void onNew() {
        if (prosecutorsActive && !model.stations().isEmpty()) {
            onNewProsecutor();
        } else {
            onNewStation();
        }
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(model.loadingProperty());

        stationTable.setItems(model.stations());
        bind(stationNameColumn, Station::name);
        bind(stationKindColumn, s -> Messages.tr(s.kind().messageKey()));
        bind(stationAddressColumn, Station::address);
        prosecutorTable.setItems(model.prosecutors());
        bind(prosecutorNameColumn, p -> p.prosecutor().name());
        bind(prosecutorStationColumn, ProsecutorItem::stationName);
        bind(prosecutorPhoneColumn, ProsecutorItem::maskedPhone);

        onEditAndDelete(stationTable, this::onEditStation, this::onDeleteStation);
        onEditAndDelete(prosecutorTable, this::onEditProsecutor, this::onDeleteProsecutor);
        var noStation = stationTable.getSelectionModel().selectedItemProperty().isNull();
        editStationButton.disableProperty().bind(noStation);
        deleteStationButton.disableProperty().bind(noStation);
        var noProsecutor = prosecutorTable.getSelectionModel().selectedItemProperty().isNull();
        editProsecutorButton.disableProperty().bind(noProsecutor);
        deleteProsecutorButton.disableProperty().bind(noProsecutor);

        stationPane.focusWithinProperty().addListener((obs, was, now) -> {
            if (now) {
                prosecutorsActive = false;
            }
        });
        prosecutorPane.focusWithinProperty().addListener((obs, was, now) -> {
            if (now) {
                prosecutorsActive = true;
            }
        });
    }

    private static <S> void bind(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    }

    private static <S> void onEditAndDelete(TableView<S> table, Runnable edit, Runnable delete) {
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete.run();
                e.consume();
            }
        });
    }

    @FXML
    private void onNewStation() {
        editStation(model.newStation());
    }

    @FXML
    private void onEditStation() {
        Station selected = stationTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            editStation(model.editStation(selected));
        }
    }

    @FXML
    private void onDeleteStation() {
        Station selected = stationTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.deleteStation(selected);
        }
    }

    @FXML
    private void onNewProsecutor() {
        editProsecutor(model.newProsecutor());
    }

    @FXML
    private void onEditProsecutor() {
        ProsecutorItem selected = prosecutorTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            editProsecutor(model.editProsecutor(selected.prosecutor()));
        }
    }

    @FXML
    private void onDeleteProsecutor() {
        ProsecutorItem selected = prosecutorTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.deleteProsecutor(selected.prosecutor());
        }
    }

    private void editStation(StationForm form) {
        String title = form.isNew() ? "roster.station.newTitle" : "roster.station.editTitle";
        openEditor(form, title, grid -> {
            TextField name = grid.field("name", true, new TextField());
            name.textProperty().bindBidirectional(form.nameProperty());
            ComboBox<StationKind> kind = grid.field("kind", true,
                    new ComboBox<>(FXCollections.observableArrayList(StationKind.values())));
            kind.setConverter(Labels.keyed(StationKind::messageKey, ""));
            kind.valueProperty().bindBidirectional(form.kindProperty());
            TextField address = grid.field("address", false, new TextField());
            address.textProperty().bindBidirectional(form.addressProperty());
            grid.field("note", false, note()).textProperty().bindBidirectional(form.noteProperty());
            return name;
        }, saved -> selectWhenListed(stationTable, s -> s.id().equals(saved.id())));
    }

    private void editProsecutor(ProsecutorForm form) {
        String title = form.isNew() ? "roster.prosecutor.newTitle" : "roster.prosecutor.editTitle";
        openEditor(form, title, grid -> {
            TextField name = grid.field("name", "roster.field.prosecutorName", true, new TextField());
            name.textProperty().bindBidirectional(form.nameProperty());
            // A leading null entry lets the user clear the home station.
            ObservableList<Station> choices = FXCollections.observableArrayList();
            choices.add(null);
            choices.addAll(form.stations());
            ComboBox<Station> station = grid.field("stationId", false, new ComboBox<>(choices));
            station.setConverter(Labels.converter(Station::name, Messages.tr("roster.noStation")));
            station.valueProperty().bindBidirectional(form.stationProperty());
            TextField phone = grid.field("phone", false, new TextField());
            phone.setPromptText(Messages.tr("roster.phonePrompt"));
            phone.textProperty().bindBidirectional(form.phoneProperty());
            grid.field("note", false, note()).textProperty().bindBidirectional(form.noteProperty());
            return name;
        }, saved -> selectWhenListed(prosecutorTable, p -> p.prosecutor().id().equals(saved.id())));
    }

    private static TextArea note() {
        TextArea note = new TextArea();
        note.setWrapText(true);
        note.setPrefRowCount(3);
        return note;
    }

    /**
     * Shows {@code form} in a modal dialog. Save (button, Enter, Ctrl+S) runs in the background and closes the
     * dialog only when the entry was stored; Esc or closing asks before dropping typed changes.
     *
     * @param fields adds the form's fields to the grid and returns the control to focus first
     */
    private <T> void openEditor(RosterViewModel.Form<T> form, String titleKey, Function<FormGrid, Node> fields,
                                Consumer<T> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner != null ? owner : root.getScene() == null ? null : root.getScene().getWindow());
        dialog.setTitle(Messages.tr(titleKey));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);

        FormGrid grid = new FormGrid(form.errors(), form::touch);
        grid.setStyle("-fx-pref-width: 30em;");
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

    /** Selects the first row matching {@code wanted}, now or as soon as the reloaded list contains it. */
    private static <S> void selectWhenListed(TableView<S> table, Predicate<S> wanted) {
        if (select(table, wanted)) {
            return;
        }
        ListChangeListener<S> once = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends S> change) {
                if (select(table, wanted)) {
                    table.getItems().removeListener(this);
                }
            }
        };
        table.getItems().addListener(once);
    }

    private static <S> boolean select(TableView<S> table, Predicate<S> wanted) {
        for (S item : table.getItems()) {
            if (wanted.test(item)) {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
                return true;
            }
        }
        return false;
    }
}
