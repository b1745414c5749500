package org.liaisondesk.register.roster.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.roster.model.LiaisonSort;
import org.liaisondesk.register.roster.model.Station;

/**
 * The tab "联络员名册": the liaisons and volunteers with search, role and station filters, sorting by the
 * database, previous/next pages and the recycle bin. Thin: it binds controls to {@link LiaisonListViewModel}.
 */
public final class LiaisonListView {
    private final LiaisonListViewModel model;
    private final Supplier<Window> owner;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<ReferenceItem> roleBox;
    @FXML private ComboBox<Station> stationBox;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private Button exportButton;
    @FXML private ToggleButton recycleBinToggle;
    @FXML private TableView<LiaisonListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<LiaisonListItem, String> nameColumn;
    @FXML private TableColumn<LiaisonListItem, String> roleColumn;
    @FXML private TableColumn<LiaisonListItem, String> stationColumn;
    @FXML private TableColumn<LiaisonListItem, String> gridColumn;
    @FXML private TableColumn<LiaisonListItem, String> phoneColumn;
    @FXML private TableColumn<LiaisonListItem, String> appointedColumn;
    @FXML private TableColumn<LiaisonListItem, String> leadsColumn;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private ProgressIndicator busyIndicator;

    /** {@code owner} gives the window the editor belongs to. */
    public LiaisonListView(LiaisonListViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/roster/ui/LiaisonList.fxml");
    }

    public Parent root() {
        return root;
    }

    /** Loads the pick lists and the first page; called when the tab is shown. */
    public void show() {
        model.loadPickLists();
        model.refresh();
    }

    @FXML
    private void initialize() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);
        String all = Messages.tr("common.all");
        roleBox.setItems(ListTables.withAll(model.roles()));
        roleBox.setConverter(Labels.converter(ReferenceItem::name, all));
        roleBox.valueProperty().bindBidirectional(model.roleProperty());
        stationBox.setItems(ListTables.withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        for (ObservableValue<?> filter : List.of(model.roleProperty(), model.stationProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }

        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(nameColumn, LiaisonListItem::name);
        ListTables.text(roleColumn, LiaisonListItem::role);
        ListTables.text(stationColumn, LiaisonListItem::station);
        ListTables.text(gridColumn, LiaisonListItem::grid);
        ListTables.text(phoneColumn, LiaisonListItem::phone);
        ListTables.text(appointedColumn, LiaisonListItem::appointedOn);
        ListTables.text(leadsColumn, i -> String.valueOf(i.leadsSent()));
        leadsColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getSortOrder().add(nameColumn);
        ListTables.sortByDatabase(table, Map.of(nameColumn, LiaisonSort.NAME, roleColumn, LiaisonSort.ROLE,
                        stationColumn, LiaisonSort.STATION, appointedColumn, LiaisonSort.APPOINTED_ON,
                        leadsColumn, LiaisonSort.LEADS_SENT),
                model.sortProperty()::get, model.descendingProperty()::get, model::sortBy);
        ListTables.rowActions(table, model, this::onEdit, this::onDelete, this::onRestore);
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        restoreButton.disableProperty().bind(noSelection);
        ListTables.bindRecycleBin(model, recycleBinToggle, List.of(newButton, editButton, deleteButton),
                restoreButton, emptyLabel, Messages.tr("roster.liaisons.empty"), Messages.tr("roster.liaisons.binEmpty"));
        ListTables.bindPaging(model, previousButton, nextButton, pageLabel, busyIndicator);
        ListTables.bindExport(exportButton, model);
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    public void onNew() {
        if (!model.isRecycleBin()) {
            model.openEditor(null, this::edit);
        }
    }

    @FXML
    private void onEdit() {
        LiaisonListItem item = table.getSelectionModel().getSelectedItem();
        if (item != null && !model.isRecycleBin()) {
            model.openEditor(item.id(), this::edit);
        }
    }

    @FXML
    private void onDelete() {
        model.delete(selectedIds());
    }

    @FXML
    private void onRestore() {
        model.restore(selectedIds());
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(LiaisonListItem::id).toList();
    }

    @FXML
    private void onClearFilters() {
        model.clearFilters();
    }

    @FXML
    private void onPrevious() {
        model.previousPage();
    }

    @FXML
    private void onNext() {
        model.nextPage();
    }

    private void edit(LiaisonForm form) {
        String title = Messages.tr(form.isNew() ? "roster.liaison.newTitle" : "roster.liaison.editTitle");
        FormDialog.open(owner.get(), form, title, form.nameProperty().get(), grid -> {
            TextField name = grid.field("name", "roster.field.personName", true, new TextField());
            name.textProperty().bindBidirectional(form.nameProperty());
            ComboBox<ReferenceItem> role = grid.field("roleId", true, new ComboBox<>(form.roles()));
            role.setConverter(Labels.converter(ReferenceItem::name, ""));
            role.valueProperty().bindBidirectional(form.roleProperty());
            // A leading null entry lets the user leave the station empty.
            ObservableList<Station> stations = FXCollections.observableArrayList();
            stations.add(null);
            stations.addAll(form.stations());
            ComboBox<Station> station = grid.field("stationId", false, new ComboBox<>(stations));
            station.setConverter(Labels.converter(Station::name, Messages.tr("roster.noStation")));
            station.valueProperty().bindBidirectional(form.stationProperty());
            TextField gridName = grid.field("grid", false, new TextField());
            gridName.setPromptText(Messages.tr("roster.liaison.gridPrompt"));
            gridName.textProperty().bindBidirectional(form.gridProperty());
            TextField phone = grid.field("phone", false, new TextField());
            phone.setPromptText(Messages.tr("roster.phonePrompt"));
            phone.textProperty().bindBidirectional(form.phoneProperty());
            DatePicker appointed = grid.field("appointedOn", false, FormDialog.datePicker(form, "appointedOn"));
            appointed.valueProperty().bindBidirectional(form.appointedOnProperty());
            grid.field("note", false, FormDialog.note()).textProperty().bindBidirectional(form.noteProperty());
            return name;
        }, saved -> ListTables.selectWhenListed(table, i -> i.id() == saved.id()));
    }
}
