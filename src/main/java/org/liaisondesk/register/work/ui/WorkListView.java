package org.liaisondesk.register.work.ui;

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
        emptyLabel.setText(Messages.tr(bin ? "work.recycleBin.empty" : "work.empty"));
        for (Button b : List.of(newButton, editButton, deleteButton)) {
            b.setVisible(!bin);
            b.setManaged(!bin);
        }
        restoreButton.setVisible(bin);
        restoreButton.setManaged(bin);
        // Totals of deleted activities would only confuse: the bin shows none.
        totalsLabel.setVisible(!bin);
        totalsLabel.setManaged(!bin);
        totalsLabel.textProperty().bind(model.totalsTextProperty());

        bindFilters();
        bindTable();
        nextButton.disableProperty().bind(model.hasMoreProperty().not());
        pageLabel.textProperty().bind(model.pageTextProperty());
        busyIndicator.visibleProperty().bind(model.loadingProperty());
        model.items().addListener((ListChangeListener<WorkListItem>) c -> previousButton.setDisable(!model.hasPreviousPage()));
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
        kindBox.setItems(withAll(FXCollections.observableArrayList(WorkKind.values())));
        kindBox.setConverter(Labels.keyed(WorkKind::messageKey, all));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        stationBox.setItems(withAll(model.stations()));
        stationBox.setConverter(Labels.converter(Station::name, all));
        stationBox.valueProperty().bindBidirectional(model.stationProperty());
        prosecutorBox.setItems(withAll(model.prosecutors()));
        prosecutorBox.setConverter(Labels.converter(Prosecutor::name, all));
        prosecutorBox.valueProperty().bindBidirectional(model.prosecutorProperty());
        resolvedBox.setItems(withAll(FXCollections.observableArrayList(Boolean.TRUE, Boolean.FALSE)));
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
        bind(dateColumn, WorkListItem::date);
        bind(kindColumn, WorkListItem::kind);
        bind(titleColumn, WorkListItem::title);
        bind(stationColumn, WorkListItem::station);
        bind(prosecutorColumn, WorkListItem::prosecutor);
        bind(partiesColumn, WorkListItem::parties);
        bind(figureColumn, WorkListItem::keyFigure);
        bind(matterColumn, WorkListItem::matter);

        Map<TableColumn<WorkListItem, String>, WorkSort> sortable = Map.of(dateColumn, WorkSort.DATE,
                kindColumn, WorkSort.KIND, titleColumn, WorkSort.TITLE, stationColumn, WorkSort.STATION,
                prosecutorColumn, WorkSort.PROSECUTOR, matterColumn, WorkSort.MATTER);
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(dateColumn);
        // The database sorts; the table only shows which column and direction are in force.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<WorkListItem, ?> column = t.getSortOrder().get(0);
            WorkSort by = sortable.get(column);
            boolean desc = column.getSortType() == TableColumn.SortType.DESCENDING;
            if (by != null && (by != model.sortProperty().get() || desc != model.descendingProperty().get())) {
                model.sortBy(by, desc);
            }
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<WorkListItem> row = new TableRow<>();
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

    private static void bind(TableColumn<WorkListItem, String> column, Function<WorkListItem, String> value) {
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
        String title = Messages.tr(model.isRecycleBin() ? "work.recycleBin.title" : "work.title");
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
