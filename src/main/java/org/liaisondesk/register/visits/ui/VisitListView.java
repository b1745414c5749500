package org.liaisondesk.register.visits.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.common.ui.Labels;
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
        emptyLabel.setText(Messages.tr(bin ? "visits.recycleBin.empty" : "visits.empty"));
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
        model.items().addListener((ListChangeListener<VisitListItem>) c -> previousButton.setDisable(!model.hasPreviousPage()));
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

        statusBox.setItems(FXCollections.observableArrayList(StatusFilter.values()));
        statusBox.setConverter(Labels.keyed(StatusFilter::messageKey, ""));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());

        String all = Messages.tr("common.all");
        stationBox.setItems(withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        prosecutorBox.setItems(withAll(model.prosecutors()));
        prosecutorBox.setConverter(Labels.converter(Prosecutor::name, all));
        prosecutorBox.valueProperty().bindBidirectional(model.prosecutorProperty());
        formBox.setItems(withAll(FXCollections.observableArrayList(VisitForm.values())));
        formBox.setConverter(Labels.keyed(VisitForm::messageKey, all));
        formBox.valueProperty().bindBidirectional(model.formProperty());
        categoryBox.setItems(withAll(FXCollections.observableArrayList(VisitCategory.values())));
        categoryBox.setConverter(Labels.keyed(VisitCategory::messageKey, all));
        categoryBox.valueProperty().bindBidirectional(model.categoryProperty());
        for (DatePicker p : List.of(fromPicker, toPicker)) {
            p.setConverter(Labels.dateConverter());
        }
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());

        for (javafx.beans.value.ObservableValue<?> filter : List.of(model.statusProperty(), model.stationProperty(),
                model.prosecutorProperty(), model.formProperty(), model.categoryProperty(), model.fromProperty(),
                model.toProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    /** A pick list with a leading null entry meaning "all", kept in step with the source list. */
    private static <T> javafx.collections.ObservableList<T> withAll(javafx.collections.ObservableList<T> source) {
        javafx.collections.ObservableList<T> list = FXCollections.observableArrayList();
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
        bind(dateColumn, VisitListItem::date);
        bind(stationColumn, VisitListItem::station);
        bind(prosecutorColumn, VisitListItem::prosecutor);
        bind(formColumn, VisitListItem::form);
        bind(categoryColumn, VisitListItem::category);
        bind(visitorColumn, VisitListItem::visitor);
        bind(summaryColumn, VisitListItem::summary);
        bind(handlingColumn, VisitListItem::handling);
        bind(dueColumn, VisitListItem::due);
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
        // The database sorts; the table only shows which column and direction are in force.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<VisitListItem, ?> column = t.getSortOrder().get(0);
            VisitSort by = sortable.get(column);
            boolean desc = column.getSortType() == TableColumn.SortType.DESCENDING;
            if (by != null && (by != model.sortProperty().get() || desc != model.descendingProperty().get())) {
                model.sortBy(by, desc);
            }
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<VisitListItem> row = new TableRow<>();
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

    private static void bind(TableColumn<VisitListItem, String> column, Function<VisitListItem, String> value) {
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
        String title = Messages.tr(model.isRecycleBin() ? "visits.recycleBin.title" : "visits.title");
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
