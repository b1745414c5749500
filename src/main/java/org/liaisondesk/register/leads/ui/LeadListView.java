package org.liaisondesk.register.leads.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.leads.model.LeadRating;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Station;

/**
 * The lead register (or, with a recycle-bin view model, the leads in the recycle bin). Thin: it binds controls
 * to {@link LeadListViewModel} and forwards actions. Sorting is done by the database: clicking a column header
 * asks the view model for a new first page instead of sorting the rows on screen.
 */
public final class LeadListView {
    private final LeadListViewModel model;
    private final LeadEditorLauncher editor;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private TextField searchField;
    @FXML private CheckBox notFedBackBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<LeadSource> sourceBox;
    @FXML private ComboBox<SupervisionField> fieldBox;
    @FXML private ComboBox<String> problemBox;
    @FXML private ComboBox<Triage> triageBox;
    @FXML private ComboBox<Integer> starsBox;
    @FXML private ComboBox<Station> stationBox;
    @FXML private TableView<LeadListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<LeadListItem, String> receivedColumn;
    @FXML private TableColumn<LeadListItem, String> sourceColumn;
    @FXML private TableColumn<LeadListItem, String> reporterColumn;
    @FXML private TableColumn<LeadListItem, String> stationColumn;
    @FXML private TableColumn<LeadListItem, String> placeColumn;
    @FXML private TableColumn<LeadListItem, String> fieldColumn;
    @FXML private TableColumn<LeadListItem, String> problemColumn;
    @FXML private TableColumn<LeadListItem, String> descriptionColumn;
    @FXML private TableColumn<LeadListItem, String> starsColumn;
    @FXML private TableColumn<LeadListItem, String> triageColumn;
    @FXML private TableColumn<LeadListItem, String> feedbackColumn;
    @FXML private TableColumn<LeadListItem, String> casesColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator busyIndicator;

    /** Opens the editor for a new lead (id null) or an existing one, and calls back when it was saved. */
    public interface LeadEditorLauncher {
        void open(Long leadId, Runnable onSaved);
    }

    public LeadListView(LeadListViewModel model, LeadEditorLauncher editor) {
        this.model = model;
        this.editor = editor;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/leads/ui/LeadList.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        boolean bin = model.isRecycleBin();
        titleLabel.setText(Messages.tr(bin ? "leads.recycleBin.title" : "leads.title"));
        ListTables.showRecycleBinMode(model, List.of(newButton, editButton, deleteButton), restoreButton, emptyLabel,
                Messages.tr("leads.empty"), Messages.tr("leads.recycleBin.empty"));

        bindFilters();
        bindTable();
        ListTables.bindPaging(model, previousButton, nextButton, pageLabel, busyIndicator);
    }

    private void bindFilters() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);
        notFedBackBox.selectedProperty().bindBidirectional(model.notFedBackProperty());

        String all = Messages.tr("common.all");
        sourceBox.setItems(ListTables.withAll(FXCollections.observableArrayList(LeadSource.values())));
        sourceBox.setConverter(Labels.keyed(LeadSource::messageKey, all));
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        fieldBox.setItems(ListTables.withAll(FXCollections.observableArrayList(SupervisionField.values())));
        fieldBox.setConverter(Labels.keyed(SupervisionField::messageKey, all));
        fieldBox.valueProperty().bindBidirectional(model.fieldProperty());
        // Typed or picked; the list is filtered when the choice is committed (Enter, a pick, or leaving the box).
        problemBox.setItems(model.problemChoices());
        problemBox.valueProperty().bindBidirectional(model.problemProperty());
        triageBox.setItems(ListTables.withAll(FXCollections.observableArrayList(Triage.values())));
        triageBox.setConverter(Labels.keyed(Triage::messageKey, all));
        triageBox.valueProperty().bindBidirectional(model.triageProperty());
        starsBox.setItems(ListTables.withAll(FXCollections.observableArrayList(5, 4, 3, 2, 1)));
        starsBox.setConverter(Labels.converter(n -> Messages.tr("leads.filter.starsAtLeast", LeadRating.starText(n)), all));
        starsBox.valueProperty().bindBidirectional(model.minStarsProperty());
        stationBox.setItems(ListTables.withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (ObservableValue<?> filter : List.of(model.notFedBackProperty(), model.sourceProperty(),
                model.fieldProperty(), model.problemProperty(), model.triageProperty(), model.minStarsProperty(),
                model.stationProperty(), model.fromProperty(), model.toProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    private void bindTable() {
        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(receivedColumn, LeadListItem::received);
        ListTables.text(sourceColumn, LeadListItem::source);
        ListTables.text(reporterColumn, LeadListItem::reporter);
        ListTables.text(stationColumn, LeadListItem::station);
        ListTables.text(placeColumn, LeadListItem::place);
        ListTables.text(fieldColumn, LeadListItem::field);
        ListTables.text(problemColumn, LeadListItem::problem);
        ListTables.text(descriptionColumn, LeadListItem::description);
        ListTables.text(starsColumn, LeadListItem::stars);
        ListTables.text(triageColumn, LeadListItem::triage);
        ListTables.text(feedbackColumn, LeadListItem::feedback);
        ListTables.text(casesColumn, LeadListItem::cases);
        starsColumn.setStyle("-fx-text-fill: #b8860b;");
        feedbackColumn.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("deadline-soon");
                setText(empty ? null : text);
                LeadListItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (item != null && item.awaitingFeedback()) {
                    getStyleClass().add("deadline-soon");
                }
            }
        });

        Map<TableColumn<LeadListItem, String>, LeadSort> sortable = Map.of(receivedColumn, LeadSort.RECEIVED,
                sourceColumn, LeadSort.SOURCE, stationColumn, LeadSort.STATION, fieldColumn, LeadSort.FIELD,
                problemColumn, LeadSort.PROBLEM, starsColumn, LeadSort.STARS, triageColumn, LeadSort.TRIAGE,
                feedbackColumn, LeadSort.FED_BACK);
        receivedColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(receivedColumn);
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
        LeadListItem item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            openEditor(item.id());
        }
    }

    /** After a save the list is reloaded, and so are the problems the filter offers (a new one may be among them). */
    private void openEditor(Long id) {
        Runnable reload = id == null ? model::refresh : model::reloadPage;
        editor.open(id, () -> {
            reload.run();
            model.loadProblemChoices();
        });
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
        return table.getSelectionModel().getSelectedItems().stream().map(LeadListItem::id).toList();
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
