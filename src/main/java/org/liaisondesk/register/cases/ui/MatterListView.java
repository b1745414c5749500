package org.liaisondesk.register.cases.ui;

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
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.MatterSort;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The case register (or, with a recycle-bin view model, the cases in the recycle bin). Thin: it binds
 * controls to {@link MatterListViewModel} and forwards actions. Sorting is done by the database: clicking a
 * column header asks the view model for a new first page instead of sorting the rows on screen.
 */
public final class MatterListView {
    private final MatterListViewModel model;
    private final MatterEditorLauncher editor;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private TextField searchField;
    @FXML private ComboBox<MatterStatus> statusBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<BusinessLine> businessLineBox;
    @FXML private ComboBox<ReferenceItem> businessBox;
    @FXML private ComboBox<SupervisionField> fieldBox;
    @FXML private ComboBox<String> problemBox;
    @FXML private ComboBox<Station> stationBox;
    @FXML private ComboBox<Prosecutor> prosecutorBox;
    @FXML private TableView<MatterListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<MatterListItem, String> acceptedColumn;
    @FXML private TableColumn<MatterListItem, String> officeNumberColumn;
    @FXML private TableColumn<MatterListItem, String> nameColumn;
    @FXML private TableColumn<MatterListItem, String> businessLineColumn;
    @FXML private TableColumn<MatterListItem, String> fieldColumn;
    @FXML private TableColumn<MatterListItem, String> problemColumn;
    @FXML private TableColumn<MatterListItem, String> partiesColumn;
    @FXML private TableColumn<MatterListItem, String> prosecutorColumn;
    @FXML private TableColumn<MatterListItem, String> statusColumn;
    @FXML private TableColumn<MatterListItem, String> linksColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator busyIndicator;

    /** Opens the editor for a new case (id null) or an existing one, and calls back when it was saved. */
    public interface MatterEditorLauncher {
        void open(Long matterId, Runnable onSaved);
    }

    public MatterListView(MatterListViewModel model, MatterEditorLauncher editor) {
        this.model = model;
        this.editor = editor;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/cases/ui/MatterList.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        boolean bin = model.isRecycleBin();
        titleLabel.setText(Messages.tr(bin ? "cases.recycleBin.title" : "cases.title"));
        ListTables.showRecycleBinMode(model, List.of(newButton, editButton, deleteButton), restoreButton, emptyLabel,
                Messages.tr("cases.empty"), Messages.tr("cases.recycleBin.empty"));

        bindFilters();
        bindTable();
        ListTables.bindPaging(model, previousButton, nextButton, pageLabel, busyIndicator);
    }

    private void bindFilters() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);

        String all = Messages.tr("common.all");
        statusBox.setItems(ListTables.withAll(FXCollections.observableArrayList(MatterStatus.values())));
        statusBox.setConverter(Labels.keyed(MatterStatus::messageKey, all));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        businessLineBox.setItems(ListTables.withAll(FXCollections.observableArrayList(BusinessLine.values())));
        businessLineBox.setConverter(Labels.keyed(BusinessLine::messageKey, all));
        businessLineBox.valueProperty().bindBidirectional(model.businessLineProperty());
        businessBox.setItems(ListTables.withAll(model.businesses()));
        businessBox.setConverter(Labels.converter(ReferenceItem::name, all));
        businessBox.valueProperty().bindBidirectional(model.businessProperty());
        fieldBox.setItems(ListTables.withAll(FXCollections.observableArrayList(SupervisionField.values())));
        fieldBox.setConverter(Labels.keyed(SupervisionField::messageKey, all));
        fieldBox.valueProperty().bindBidirectional(model.fieldProperty());
        // Typed or picked; the list is filtered when the choice is committed (Enter, a pick, or leaving the box).
        problemBox.setItems(model.problemChoices());
        problemBox.valueProperty().bindBidirectional(model.problemProperty());
        stationBox.setItems(ListTables.withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        prosecutorBox.setItems(ListTables.withAll(model.prosecutors()));
        prosecutorBox.setConverter(Labels.converter(Prosecutor::name, all));
        prosecutorBox.valueProperty().bindBidirectional(model.prosecutorProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (ObservableValue<?> filter : List.of(model.statusProperty(), model.businessLineProperty(),
                model.businessProperty(), model.fieldProperty(), model.problemProperty(), model.stationProperty(),
                model.prosecutorProperty(), model.fromProperty(), model.toProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    private void bindTable() {
        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(acceptedColumn, MatterListItem::acceptedOn);
        ListTables.text(officeNumberColumn, MatterListItem::officeNumber);
        ListTables.text(nameColumn, MatterListItem::name);
        ListTables.text(businessLineColumn, MatterListItem::businessLine);
        ListTables.text(fieldColumn, MatterListItem::field);
        ListTables.text(problemColumn, MatterListItem::problem);
        ListTables.text(partiesColumn, MatterListItem::parties);
        ListTables.text(prosecutorColumn, MatterListItem::prosecutor);
        ListTables.text(statusColumn, MatterListItem::status);
        ListTables.text(linksColumn, MatterListItem::linkCount);

        Map<TableColumn<MatterListItem, String>, MatterSort> sortable = Map.of(
                acceptedColumn, MatterSort.ACCEPTED_ON, officeNumberColumn, MatterSort.OFFICE_NUMBER,
                nameColumn, MatterSort.NAME, businessLineColumn, MatterSort.BUSINESS_LINE,
                fieldColumn, MatterSort.FIELD, problemColumn, MatterSort.PROBLEM,
                prosecutorColumn, MatterSort.PROSECUTOR, statusColumn, MatterSort.STATUS, linksColumn, MatterSort.LINKS);
        acceptedColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(acceptedColumn);
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
        MatterListItem item = table.getSelectionModel().getSelectedItem();
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
        return table.getSelectionModel().getSelectedItems().stream().map(MatterListItem::id).toList();
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
