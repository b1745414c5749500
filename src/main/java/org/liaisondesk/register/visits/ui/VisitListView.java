package org.liaisondesk.register.visits.ui;

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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitSort;

/**
 * The visit log (or, with a recycle-bin view model, the visits in the recycle bin). Thin: it binds
 * controls to {@link VisitListViewModel} and forwards actions. Sorting is done by the database: clicking
 * a column header asks the view model for a new first page instead of sorting the rows on screen.
 */
public final class VisitListView {
    private final VisitListViewModel model;
    private final VisitEditorLauncher editor;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private Button exportButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<StatusFilter> statusBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<Station> stationBox;
    @FXML private ComboBox<Prosecutor> prosecutorBox;
    @FXML private ComboBox<VisitForm> formBox;
    @FXML private ComboBox<VisitCategory> categoryBox;
    @FXML private TableView<VisitListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<VisitListItem, String> dateColumn;
    @FXML private TableColumn<VisitListItem, String> stationColumn;
    @FXML private TableColumn<VisitListItem, String> prosecutorColumn;
    @FXML private TableColumn<VisitListItem, String> formColumn;
    @FXML private TableColumn<VisitListItem, String> categoryColumn;
    @FXML private TableColumn<VisitListItem, String> visitorColumn;
    @FXML private TableColumn<VisitListItem, String> summaryColumn;
    @FXML private TableColumn<VisitListItem, String> handlingColumn;
    @FXML private TableColumn<VisitListItem, String> dueColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator busyIndicator;

    /** Opens the editor for a new visit (id null) or an existing one, and calls back when it was saved. */
    public interface VisitEditorLauncher {
        void open(Long visitId, Runnable onSaved);
    }

    public VisitListView(VisitListViewModel model, VisitEditorLauncher editor) {
        this.model = model;
        this.editor = editor;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/visits/ui/VisitList.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        boolean bin = model.isRecycleBin();
        titleLabel.setText(Messages.tr(bin ? "visits.recycleBin.title" : "visits.title"));
        ListTables.showRecycleBinMode(model, List.of(newButton, editButton, deleteButton), restoreButton, emptyLabel,
                Messages.tr("visits.empty"), Messages.tr("visits.recycleBin.empty"));

        bindFilters();
        bindTable();
        ListTables.bindPaging(model, previousButton, nextButton, pageLabel, busyIndicator);
    }

    private void bindFilters() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);

        statusBox.setItems(FXCollections.observableArrayList(StatusFilter.values()));
        statusBox.setConverter(Labels.keyed(StatusFilter::messageKey, ""));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());

        String all = Messages.tr("common.all");
        stationBox.setItems(ListTables.withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        prosecutorBox.setItems(ListTables.withAll(model.prosecutors()));
        prosecutorBox.setConverter(Labels.converter(Prosecutor::name, all));
        prosecutorBox.valueProperty().bindBidirectional(model.prosecutorProperty());
        formBox.setItems(ListTables.withAll(FXCollections.observableArrayList(VisitForm.values())));
        formBox.setConverter(Labels.keyed(VisitForm::messageKey, all));
        formBox.valueProperty().bindBidirectional(model.formProperty());
        categoryBox.setItems(ListTables.withAll(FXCollections.observableArrayList(VisitCategory.values())));
        categoryBox.setConverter(Labels.keyed(VisitCategory::messageKey, all));
        categoryBox.valueProperty().bindBidirectional(model.categoryProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (ObservableValue<?> filter : List.of(model.statusProperty(), model.stationProperty(),
                model.prosecutorProperty(), model.formProperty(), model.categoryProperty(), model.fromProperty(),
                model.toProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    private void bindTable() {
        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(dateColumn, VisitListItem::date);
        ListTables.text(stationColumn, VisitListItem::station);
        ListTables.text(prosecutorColumn, VisitListItem::prosecutor);
        ListTables.text(formColumn, VisitListItem::form);
        ListTables.text(categoryColumn, VisitListItem::category);
        ListTables.text(visitorColumn, VisitListItem::visitor);
        ListTables.text(summaryColumn, VisitListItem::summary);
        ListTables.text(handlingColumn, VisitListItem::handling);
        ListTables.text(dueColumn, VisitListItem::due);
        dueColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("deadline-overdue", "deadline-soon");
                setText(empty ? null : text);
                VisitListItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (item != null && item.dueStatus() != null) {
                    if (item.dueStatus() == DeadlineStatus.OVERDUE) {
                        getStyleClass().add("deadline-overdue");
                    } else if (item.dueStatus() == DeadlineStatus.DUE_SOON || item.dueStatus() == DeadlineStatus.DUE_TODAY) {
                        getStyleClass().add("deadline-soon");
                    }
                }
            }
        });

        Map<TableColumn<VisitListItem, String>, VisitSort> sortable = Map.of(dateColumn, VisitSort.DATE,
                stationColumn, VisitSort.STATION, prosecutorColumn, VisitSort.PROSECUTOR, formColumn, VisitSort.FORM,
                categoryColumn, VisitSort.CATEGORY, handlingColumn, VisitSort.HANDLING, dueColumn, VisitSort.NEXT_DUE);
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
        VisitListItem item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            openEditor(item.id());
        }
    }

    private void openEditor(Long id) {
        editor.open(id, id == null ? model::refresh : model::reloadPage);
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
        return table.getSelectionModel().getSelectedItems().stream().map(VisitListItem::id).toList();
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
