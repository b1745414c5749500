package org.liaisondesk.register.work.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
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
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkSort;

/**
 * The register of work done (or, with a recycle-bin view model, the activities in the recycle bin). Thin: it
 * binds controls to {@link WorkListViewModel} and forwards actions. Sorting is done by the database: clicking a
 * column header asks the view model for a new first page instead of sorting the rows on screen. Under the table
 * a line adds up the figures of everything the filters select.
 */
public final class WorkListView {
    private final WorkListViewModel model;
    private final WorkEditorLauncher editor;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<WorkKind> kindBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Station> stationBox;
    @FXML private ComboBox<Prosecutor> prosecutorBox;
    @FXML private ComboBox<Boolean> resolvedBox;
    @FXML private TableView<WorkListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<WorkListItem, String> dateColumn;
    @FXML private TableColumn<WorkListItem, String> kindColumn;
    @FXML private TableColumn<WorkListItem, String> titleColumn;
    @FXML private TableColumn<WorkListItem, String> stationColumn;
    @FXML private TableColumn<WorkListItem, String> prosecutorColumn;
    @FXML private TableColumn<WorkListItem, String> partiesColumn;
    @FXML private TableColumn<WorkListItem, String> figureColumn;
    @FXML private TableColumn<WorkListItem, String> matterColumn;
    @FXML private Label totalsLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator busyIndicator;

    /**
     * Opens the editor for a new activity (id null; of {@code kindForNew} when the list is filtered by a kind) or
     * an existing one, and calls back when it was saved.
     */
    public interface WorkEditorLauncher {
        void open(Long activityId, WorkKind kindForNew, Runnable onSaved);
    }

    public WorkListView(WorkListViewModel model, WorkEditorLauncher editor) {
        this.model = model;
        this.editor = editor;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/work/ui/WorkList.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        boolean bin = model.isRecycleBin();
        titleLabel.setText(Messages.tr(bin ? "work.recycleBin.title" : "work.title"));
        ListTables.showRecycleBinMode(model, List.of(newButton, editButton, deleteButton), restoreButton, emptyLabel,
                Messages.tr("work.empty"), Messages.tr("work.recycleBin.empty"));
        // Totals of deleted activities would only confuse: the bin shows none.
        totalsLabel.visibleProperty().bind(model.recycleBinProperty().not());
        totalsLabel.managedProperty().bind(totalsLabel.visibleProperty());
        totalsLabel.textProperty().bind(model.totalsTextProperty());

        bindFilters();
        bindTable();
        ListTables.bindPaging(model, previousButton, nextButton, pageLabel, busyIndicator);
    }

    private void bindFilters() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);

        String all = Messages.tr("common.all");
        kindBox.setItems(ListTables.withAll(FXCollections.observableArrayList(WorkKind.values())));
        kindBox.setConverter(Labels.keyed(WorkKind::messageKey, all));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        stationBox.setItems(ListTables.withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        prosecutorBox.setItems(ListTables.withAll(model.prosecutors()));
        prosecutorBox.setConverter(Labels.converter(Prosecutor::name, all));
        prosecutorBox.valueProperty().bindBidirectional(model.prosecutorProperty());
        resolvedBox.setItems(ListTables.withAll(FXCollections.observableArrayList(Boolean.TRUE, Boolean.FALSE)));
        resolvedBox.setConverter(Labels.converter(
                r -> Messages.tr(r ? "work.list.resolved" : "work.list.unresolved"), all));
        resolvedBox.valueProperty().bindBidirectional(model.resolvedProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (ObservableValue<?> filter : List.of(model.kindProperty(), model.stationProperty(),
                model.prosecutorProperty(), model.resolvedProperty(), model.fromProperty(), model.toProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    private void bindTable() {
        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(dateColumn, WorkListItem::date);
        ListTables.text(kindColumn, WorkListItem::kind);
        ListTables.text(titleColumn, WorkListItem::title);
        ListTables.text(stationColumn, WorkListItem::station);
        ListTables.text(prosecutorColumn, WorkListItem::prosecutor);
        ListTables.text(partiesColumn, WorkListItem::parties);
        ListTables.text(figureColumn, WorkListItem::keyFigure);
        ListTables.text(matterColumn, WorkListItem::matter);

        Map<TableColumn<WorkListItem, String>, WorkSort> sortable = Map.of(dateColumn, WorkSort.DATE,
                kindColumn, WorkSort.KIND, titleColumn, WorkSort.TITLE, stationColumn, WorkSort.STATION,
                prosecutorColumn, WorkSort.PROSECUTOR, matterColumn, WorkSort.MATTER);
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(dateColumn);
        ListTables.sortByDatabase(table, sortable, model.sortProperty()::get, model.descendingProperty()::get,
                model::sortBy);

        ListTables.rowActions(table, model, this::onEdit, this::onDelete, this::onRestore);
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        restoreButton.disableProperty().bind(noSelection);
    }

    /** Loads the pick lists and the first page; called when the section is shown. */
    public void show() {
        model.loadReferenceLists();
        model.refresh();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    public void onNew() {
        if (!model.isRecycleBin()) {
            openEditor(null);
        }
    }

    @FXML
    private void onEdit() {
        WorkListItem item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            openEditor(item.id());
        }
    }

    private void openEditor(Long id) {
        editor.open(id, model.kindProperty().get(), id == null ? model::refresh : model::reloadPage);
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
        return table.getSelectionModel().getSelectedItems().stream().map(WorkListItem::id).toList();
    }

    @FXML
    private void onExport() {
        ListTables.export(root.getScene().getWindow(), model);
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
}
