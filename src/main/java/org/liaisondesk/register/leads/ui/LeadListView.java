package org.liaisondesk.register.leads.ui;

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
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
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
        emptyLabel.setText(Messages.tr(bin ? "leads.recycleBin.empty" : "leads.empty"));
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
        model.items().addListener((ListChangeListener<LeadListItem>) c -> previousButton.setDisable(!model.hasPreviousPage()));
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
        notFedBackBox.selectedProperty().bindBidirectional(model.notFedBackProperty());

        String all = Messages.tr("common.all");
        sourceBox.setItems(withAll(FXCollections.observableArrayList(LeadSource.values())));
        sourceBox.setConverter(Labels.keyed(LeadSource::messageKey, all));
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        fieldBox.setItems(withAll(FXCollections.observableArrayList(SupervisionField.values())));
        fieldBox.setConverter(Labels.keyed(SupervisionField::messageKey, all));
        fieldBox.valueProperty().bindBidirectional(model.fieldProperty());
        triageBox.setItems(withAll(FXCollections.observableArrayList(Triage.values())));
        triageBox.setConverter(Labels.keyed(Triage::messageKey, all));
        triageBox.valueProperty().bindBidirectional(model.triageProperty());
        starsBox.setItems(withAll(FXCollections.observableArrayList(5, 4, 3, 2, 1)));
        starsBox.setConverter(Labels.converter(n -> Messages.tr("leads.filter.starsAtLeast", LeadRating.starText(n)), all));
        starsBox.valueProperty().bindBidirectional(model.minStarsProperty());
        stationBox.setItems(withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (ObservableValue<?> filter : List.of(model.notFedBackProperty(), model.sourceProperty(),
                model.fieldProperty(), model.triageProperty(), model.minStarsProperty(), model.stationProperty(),
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
        bind(receivedColumn, LeadListItem::received);
        bind(sourceColumn, LeadListItem::source);
        bind(reporterColumn, LeadListItem::reporter);
        bind(stationColumn, LeadListItem::station);
        bind(placeColumn, LeadListItem::place);
        bind(fieldColumn, LeadListItem::field);
        bind(descriptionColumn, LeadListItem::description);
        bind(starsColumn, LeadListItem::stars);
        bind(triageColumn, LeadListItem::triage);
        bind(feedbackColumn, LeadListItem::feedback);
        bind(casesColumn, LeadListItem::cases);
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
                starsColumn, LeadSort.STARS, triageColumn, LeadSort.TRIAGE, feedbackColumn, LeadSort.FED_BACK);
        receivedColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(receivedColumn);
        // The database sorts; the table only shows which column and direction are in force.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<LeadListItem, ?> column = t.getSortOrder().get(0);
            LeadSort by = sortable.get(column);
            boolean desc = column.getSortType() == TableColumn.SortType.DESCENDING;
            if (by != null && (by != model.sortProperty().get() || desc != model.descendingProperty().get())) {
                model.sortBy(by, desc);
            }
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<LeadListItem> row = new TableRow<>();
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

    private static void bind(TableColumn<LeadListItem, String> column, Function<LeadListItem, String> value) {
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
        LeadListItem item = table.getSelectionModel().getSelectedItem();
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
        return table.getSelectionModel().getSelectedItems().stream().map(LeadListItem::id).toList();
    }

    @FXML
    private void onExport() {
        String title = Messages.tr(model.isRecycleBin() ? "leads.recycleBin.title" : "leads.title");
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
