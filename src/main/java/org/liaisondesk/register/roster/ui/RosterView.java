package org.liaisondesk.register.roster.ui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.reference.ui.ReferenceListsView;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorForm;
import org.liaisondesk.register.roster.ui.RosterViewModel.ProsecutorItem;
import org.liaisondesk.register.roster.ui.RosterViewModel.StationForm;

/**
 * The roster section (名册), in tabs: "联络站与检察官" (stations and prosecutors side by side, each with
 * 新增/编辑/删除), "联络员名册", "被建议单位" and "参考列表". A tab loads its content when it is shown. In the
 * first tab double-click or Enter edits the selected row, Delete deletes it (after a question). Editing
 * happens in a small dialog that stays open, with what was typed, until the service accepts the entry.
 */
public final class RosterView {
    private final RosterViewModel model;
    private final Window owner;
    private final Parent root;
    private boolean prosecutorsActive;
    private LiaisonListView liaisonView;
    private RecipientListView recipientView;
    private ReferenceListsView referenceView;

    @FXML private ProgressIndicator busyIndicator;
    @FXML private TabPane tabs;
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

    /** Loads the stations and prosecutors and the tab in view; called when the section is shown. */
    public void show() {
        model.refresh();
        showTab(tabs.getSelectionModel().getSelectedItem());
    }

    /**
     * Ctrl+N: a new record of the kind of the tab in view. In the first tab, a new prosecutor when the
     * prosecutor list was last in use and a station exists, else a new station.
     */
    public void onNew() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        String id = tab == null ? "" : tab.getId();
        switch (id) {
            case "liaisonsTab" -> liaisonView.onNew();
            case "recipientsTab" -> recipientView.onNew();
            case "referenceTab" -> referenceView.onNew();
            default -> {
                if (prosecutorsActive && !model.stations().isEmpty()) {
                    onNewProsecutor();
                } else {
                    onNewStation();
                }
            }
        }
    }

    /** Ctrl+F: the search box of the tab in view, when it has one. */
    public void focusSearch() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        String id = tab == null ? "" : tab.getId();
        switch (id) {
            case "liaisonsTab" -> liaisonView.focusSearch();
            case "recipientsTab" -> recipientView.focusSearch();
            default -> { }
        }
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(model.loadingProperty());

        stationTable.setItems(model.stations());
        ListTables.text(stationNameColumn, Station::name);
        ListTables.text(stationKindColumn, s -> Messages.tr(s.kind().messageKey()));
        ListTables.text(stationAddressColumn, Station::address);
        prosecutorTable.setItems(model.prosecutors());
        ListTables.text(prosecutorNameColumn, p -> p.prosecutor().name());
        ListTables.text(prosecutorStationColumn, ProsecutorItem::stationName);
        ListTables.text(prosecutorPhoneColumn, ProsecutorItem::maskedPhone);

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

        Supplier<Window> dialogOwner = this::dialogOwner;
        if (model.liaisonList() != null) {
            liaisonView = new LiaisonListView(model.liaisonList(), dialogOwner);
            addTab("liaisonsTab", "roster.liaisons.title", liaisonView.root());
        }
        if (model.recipientList() != null) {
            recipientView = new RecipientListView(model.recipientList(), dialogOwner);
            addTab("recipientsTab", "roster.recipients.title", recipientView.root());
        }
        if (model.referenceLists() != null) {
            referenceView = new ReferenceListsView(model.referenceLists(), dialogOwner);
            addTab("referenceTab", "roster.reference.title", referenceView.root());
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showTab(now));
    }

    private void addTab(String id, String titleKey, Node content) {
        Tab tab = new Tab(Messages.tr(titleKey), content);
        tab.setId(id);
        tabs.getTabs().add(tab);
    }

    /** Reloads what the tab shows: the other tabs may have changed what it lists or picks from. */
    private void showTab(Tab tab) {
        String id = tab == null ? "" : tab.getId();
        switch (id) {
            case "liaisonsTab" -> liaisonView.show();
            case "recipientsTab" -> recipientView.show();
            case "referenceTab" -> referenceView.show();
            default -> { }
        }
    }

    private Window dialogOwner() {
        return owner != null ? owner : root.getScene() == null ? null : root.getScene().getWindow();
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
        String title = Messages.tr(form.isNew() ? "roster.station.newTitle" : "roster.station.editTitle");
        FormDialog.open(dialogOwner(), form, title, form.nameProperty().get(), stationFields(form),
                saved -> ListTables.selectWhenListed(stationTable, s -> s.id().equals(saved.id())));
    }

    private static Function<FormGrid, Node> stationFields(StationForm form) {
        return grid -> {
            TextField name = grid.field("name", true, new TextField());
            name.textProperty().bindBidirectional(form.nameProperty());
            ComboBox<StationKind> kind = grid.field("kind", true,
                    new ComboBox<>(FXCollections.observableArrayList(StationKind.values())));
            kind.setConverter(Labels.keyed(StationKind::messageKey, ""));
            kind.valueProperty().bindBidirectional(form.kindProperty());
            TextField address = grid.field("address", false, new TextField());
            address.textProperty().bindBidirectional(form.addressProperty());
            grid.field("note", false, FormDialog.note()).textProperty().bindBidirectional(form.noteProperty());
            return name;
        };
    }

    private void editProsecutor(ProsecutorForm form) {
        String title = Messages.tr(form.isNew() ? "roster.prosecutor.newTitle" : "roster.prosecutor.editTitle");
        FormDialog.open(dialogOwner(), form, title, form.nameProperty().get(), grid -> {
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
            grid.field("note", false, FormDialog.note()).textProperty().bindBidirectional(form.noteProperty());
            return name;
        }, saved -> ListTables.selectWhenListed(prosecutorTable, p -> p.prosecutor().id().equals(saved.id())));
    }
}
