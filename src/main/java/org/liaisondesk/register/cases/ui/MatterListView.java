package org.liaisondesk.register.cases.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.common.ui.Labels;
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
    @FXML private ComboBox<Station> stationBox;
    @FXML private ComboBox<Prosecutor> prosecutorBox;
    @FXML private TableView<MatterListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<MatterListItem, String> acceptedColumn;
    @FXML private TableColumn<MatterListItem, String> officeNumberColumn;
    @FXML private TableColumn<MatterListItem, String> nameColumn;
    @FXML private TableColumn<MatterListItem, String> businessLineColumn;
    @FXML private TableColumn<MatterListItem, String> fieldColumn;
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
        emptyLabel.setText(Messages.tr(bin ? "cases.recycleBin.empty" : "cases.empty"));
        for (Button b : List.of(newButton, editButton, deleteButton)) {
            b.setVisible(!bin);
            b.setManaged(!bin);
        }
        restoreButton.setVisible(bin);
        restoreButton.setManaged(bin);

        bindFilters();
        bindTable();
        nextButton.disableProperty().bind(model.hasMoreProperty().not());
        pageLabel.textProperty().bind(model.pageTextProperty());
        busyIndicator.visibleProperty().bind(model.loadingProperty());
        model.items().addListener((ListChangeListener<MatterListItem>) c ->
                previousButton.setDisable(!model.hasPreviousPage()));
        previousButton.setDisable(true);
    }

    private void bindFilters() {
        // Typing searches after a short pause, so each keystroke does not start a query.
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> model.refresh());
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        searchField.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.refresh();
            } else if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            }
        });

        String all = Messages.tr("common.all");
        statusBox.setItems(withAll(FXCollections.observableArrayList(MatterStatus.values())));
        statusBox.setConverter(Labels.keyed(MatterStatus::messageKey, all));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        businessLineBox.setItems(withAll(FXCollections.observableArrayList(BusinessLine.values())));
        businessLineBox.setConverter(Labels.keyed(BusinessLine::messageKey, all));
        businessLineBox.valueProperty().bindBidirectional(model.businessLineProperty());
        businessBox.setItems(withAll(model.businesses()));
        businessBox.setConverter(Labels.converter(ReferenceItem::name, all));
        businessBox.valueProperty().bindBidirectional(model.businessProperty());
        fieldBox.setItems(withAll(FXCollections.observableArrayList(SupervisionField.values())));
        fieldBox.setConverter(Labels.keyed(SupervisionField::messageKey, all));
        fieldBox.valueProperty().bindBidirectional(model.fieldProperty());
        stationBox.setItems(withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        prosecutorBox.setItems(withAll(model.prosecutors()));
        prosecutorBox.setConverter(Labels.converter(Prosecutor::name, all));
        prosecutorBox.valueProperty().bindBidirectional(model.prosecutorProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (ObservableValue<?> filter : List.of(model.statusProperty(), model.businessLineProperty(),
                model.businessProperty(), model.fieldProperty(), model.stationProperty(), model.prosecutorProperty(),
                model.fromProperty(), model.toProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    /** A pick list with a leading null entry meaning "all", kept in step with the source list. */
    private static <T> ObservableList<T> withAll(ObservableList<T> source) {
        ObservableList<T> list = FXCollections.observableArrayList();
        Runnable copy = () -> {
            list.setAll(source);
            list.add(0, null);
        };
        source.addListener((ListChangeListener<T>) c -> copy.run());
        copy.run();
        return list;
    }

    private void bindTable() {
        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        bind(acceptedColumn, MatterListItem::acceptedOn);
        bind(officeNumberColumn, MatterListItem::officeNumber);
        bind(nameColumn, MatterListItem::name);
        bind(businessLineColumn, MatterListItem::businessLine);
        bind(fieldColumn, MatterListItem::field);
        bind(partiesColumn, MatterListItem::parties);
        bind(prosecutorColumn, MatterListItem::prosecutor);
        bind(statusColumn, MatterListItem::status);
        bind(linksColumn, MatterListItem::linkCount);

        Map<TableColumn<MatterListItem, String>, MatterSort> sortable = Map.of(
                acceptedColumn, MatterSort.ACCEPTED_ON, officeNumberColumn, MatterSort.OFFICE_NUMBER, nameColumn, MatterSort.NAME,
                businessLineColumn, MatterSort.BUSINESS_LINE, fieldColumn, MatterSort.FIELD,
                prosecutorColumn, MatterSort.PROSECUTOR, statusColumn, MatterSort.STATUS, linksColumn, MatterSort.LINKS);
        acceptedColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(acceptedColumn);
        // The database sorts; the table only shows which column and direction are in force.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<MatterListItem, ?> column = t.getSortOrder().get(0);
            MatterSort by = sortable.get(column);
            boolean desc = column.getSortType() == TableColumn.SortType.DESCENDING;
            if (by != null && (by != model.sortProperty().get() || desc != model.descendingProperty().get())) {
                model.sortBy(by, desc);
            }
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<MatterListItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    if (model.isRecycleBin()) {
                        onRestore();
                    } else {
                        openEditor(row.getItem().id());
                    }
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !model.isRecycleBin()) {
                onEdit();
            } else if (e.getCode() == KeyCode.DELETE) {
                if (model.isRecycleBin()) {
                    onRestore();
                } else {
                    onDelete();
                }
            }
        });
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        restoreButton.disableProperty().bind(noSelection);
    }

    private static void bind(TableColumn<MatterListItem, String> column, Function<MatterListItem, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
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
        return table.getSelectionModel().getSelectedItems().stream().map(MatterListItem::id).toList();
    }

    @FXML
    private void onExport() {
        String title = Messages.tr(model.isRecycleBin() ? "cases.recycleBin.title" : "cases.title");
        ExportAction.chooseFile(root.getScene().getWindow(), title).ifPresent(t -> model.export(t.path(), t.overwrite()));
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
