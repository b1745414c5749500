package org.liaisondesk.ladder.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationSort;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.ui.PickerChoices.RecipientChoice;

/**
 * The recommendations and special reports (or, in the recycle bin, the deleted drafts). Thin: it binds controls to
 * {@link RecommendationListViewModel} and forwards actions. Opening a row (Enter, double-click, 打开) shows its page
 * through {@code openPage}; 修改内容 and 新建 open the {@link RecommendationEditor}. Sorting is done by the database.
 */
public final class RecommendationListView {
    private final RecommendationListViewModel model;
    private final RecommendationEditor editor;
    private final BiConsumer<Window, Long> openPage;
    private final BiConsumer<Window, List<Long>> writeDocuments;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private MenuButton newButton;
    @FXML private Button openButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private Button writeDocumentsButton;
    @FXML private ToggleButton recycleBinToggle;
    @FXML private TextField searchField;
    @FXML private CheckBox overdueBox;
    @FXML private CheckBox dueSoonBox;
    @FXML private ComboBox<Tier> tierBox;
    @FXML private ComboBox<RecommendationType> typeBox;
    @FXML private ComboBox<LadderStatus> statusBox;
    @FXML private HBox recipientFilter;
    @FXML private TableView<RecommendationListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<RecommendationListItem, String> draftedColumn;
    @FXML private TableColumn<RecommendationListItem, String> numberColumn;
    @FXML private TableColumn<RecommendationListItem, String> tierColumn;
    @FXML private TableColumn<RecommendationListItem, String> typeColumn;
    @FXML private TableColumn<RecommendationListItem, String> titleColumn;
    @FXML private TableColumn<RecommendationListItem, String> recipientColumn;
    @FXML private TableColumn<RecommendationListItem, String> statusColumn;
    @FXML private TableColumn<RecommendationListItem, String> servedColumn;
    @FXML private TableColumn<RecommendationListItem, String> replyDueColumn;
    @FXML private TableColumn<RecommendationListItem, String> replyColumn;
    @FXML private TableColumn<RecommendationListItem, String> rectificationColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator busyIndicator;

    /**
     * @param openPage       shows a recommendation's page (owner window, id); the list reloads its page when it returns,
     *                       so a page shown modally is reflected at once
     * @param writeDocuments writes the Word documents of the selected recommendations (or, given none, of a period)
     */
    public RecommendationListView(RecommendationListViewModel model, RecommendationEditor editor,
                                  BiConsumer<Window, Long> openPage, BiConsumer<Window, List<Long>> writeDocuments) {
        this.model = model;
        this.editor = editor;
        this.openPage = openPage;
        this.writeDocuments = writeDocuments;
        this.root = ViewLoader.load(this, "/org/liaisondesk/ladder/ui/RecommendationList.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        ListTables.bindRecycleBin(model, recycleBinToggle, List.of(newButton, openButton, editButton, deleteButton, writeDocumentsButton),
                restoreButton, emptyLabel, Messages.tr("ladder.list.empty"), Messages.tr("ladder.list.recycleBinEmpty"));
        Runnable title = () -> titleLabel.setText(Messages.tr(model.isRecycleBin() ? "ladder.list.recycleBinTitle"
                : "ladder.list.title"));
        model.recycleBinProperty().addListener((obs, was, now) -> title.run());
        title.run();
        bindFilters();
        bindTable();
        ListTables.bindPaging(model, previousButton, nextButton, pageLabel, busyIndicator);
    }

    private void bindFilters() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);

        String all = Messages.tr("common.all");
        tierBox.setItems(ListTables.withAll(FXCollections.observableArrayList(Tier.values())));
        tierBox.setConverter(Labels.keyed(Tier::messageKey, all));
        tierBox.valueProperty().bindBidirectional(model.tierProperty());
        typeBox.setItems(ListTables.withAll(FXCollections.observableArrayList(RecommendationType.values())));
        typeBox.setConverter(Labels.keyed(RecommendationType::messageKey, all));
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        statusBox.setItems(ListTables.withAll(FXCollections.observableArrayList(LadderStatus.values())));
        statusBox.setConverter(Labels.keyed(LadderStatus::messageKey, all));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        overdueBox.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        dueSoonBox.selectedProperty().bindBidirectional(model.dueSoonOnlyProperty());
        SearchPicker<RecipientChoice> recipient = new SearchPicker<>(model.recipient(), "recipientFilter",
                "ladder.list.recipientPrompt", RecipientChoice::description);
        recipient.setStyle("-fx-pref-width: 22em;");
        recipientFilter.getChildren().add(recipient);

        for (ObservableValue<?> filter : List.of(model.tierProperty(), model.typeProperty(), model.statusProperty(),
                model.recipient().chosenProperty(), model.overdueOnlyProperty(), model.dueSoonOnlyProperty())) {
            filter.addListener((obs, was, now) -> model.refresh());
        }
    }

    private void bindTable() {
        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(draftedColumn, RecommendationListItem::draftedOn);
        ListTables.text(numberColumn, RecommendationListItem::number);
        ListTables.text(tierColumn, RecommendationListItem::tier);
        ListTables.text(typeColumn, RecommendationListItem::type);
        ListTables.text(titleColumn, RecommendationListItem::title);
        ListTables.text(recipientColumn, RecommendationListItem::recipient);
        ListTables.text(statusColumn, RecommendationListItem::status);
        ListTables.text(servedColumn, RecommendationListItem::servedOn);
        ListTables.text(replyDueColumn, RecommendationListItem::replyDue);
        ListTables.text(replyColumn, RecommendationListItem::reply);
        ListTables.text(rectificationColumn, RecommendationListItem::rectification);
        toned(statusColumn);
        toned(replyDueColumn);

        Map<TableColumn<RecommendationListItem, String>, RecommendationSort> sortable = Map.of(
                draftedColumn, RecommendationSort.DRAFTED_ON, numberColumn, RecommendationSort.NUMBER,
                tierColumn, RecommendationSort.TIER, titleColumn, RecommendationSort.TITLE,
                recipientColumn, RecommendationSort.RECIPIENT, statusColumn, RecommendationSort.STATUS,
                replyDueColumn, RecommendationSort.REPLY_DUE);
        draftedColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(draftedColumn);
        ListTables.sortByDatabase(table, sortable, model.sortProperty()::get, model.descendingProperty()::get,
                model::sortBy);

        ListTables.rowActions(table, model, this::onOpen, this::onDelete, this::onRestore);
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(noSelection);
        editButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        restoreButton.disableProperty().bind(noSelection);
    }

    /** Colours the column's text by the row's tone: overdue red, due soon orange, finished grey. */
    private static void toned(TableColumn<RecommendationListItem, String> column) {
        List<String> classes = Arrays.stream(RecommendationListItem.Tone.values())
                .map(RecommendationListItem.Tone::styleClass).filter(Objects::nonNull).toList();
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(classes);
                setText(empty ? null : text);
                RecommendationListItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                String style = item == null ? null : item.tone().styleClass();
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
    }

    /** Loads the first page; called when the section is shown. */
    public void show() {
        model.refresh();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** 新建个案建议 (Ctrl+N). */
    public void onNew() {
        create(Tier.INDIVIDUAL);
    }

    /** Opens the form for a new document of the tier; once saved it is listed and selected. */
    public void create(Tier tier) {
        if (!model.isRecycleBin()) {
            editor.openNew(window(), tier, selectWhenListed(d -> model.refresh()));
        }
    }

    @FXML
    private void onNewIndividual() {
        create(Tier.INDIVIDUAL);
    }

    @FXML
    private void onNewClass() {
        create(Tier.CLASS);
    }

    @FXML
    private void onNewReport() {
        create(Tier.SPECIAL_REPORT);
    }

    @FXML
    private void onOpen() {
        RecommendationListItem item = table.getSelectionModel().getSelectedItem();
        if (item != null && !model.isRecycleBin()) {
            openPage.accept(window(), item.id());
            model.reloadPage();
        }
    }

    @FXML
    private void onEdit() {
        RecommendationListItem item = table.getSelectionModel().getSelectedItem();
        if (item != null && !model.isRecycleBin()) {
            editor.openExisting(window(), item.id(), selectWhenListed(d -> model.reloadPage()));
        }
    }

    private Consumer<RecommendationDetail> selectWhenListed(
            Consumer<RecommendationDetail> reload) {
        return saved -> {
            reload.accept(saved);
            ListTables.selectWhenListed(table, i -> i.id() == saved.id());
        };
    }

    @FXML
    private void onDelete() {
        model.delete(selectedIds());
    }

    @FXML
    private void onWriteDocuments() {
        writeDocuments.accept(window(), selectedIds());
    }

    @FXML
    private void onRestore() {
        model.restore(selectedIds());
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(RecommendationListItem::id).toList();
    }

    @FXML
    private void onExport() {
        ListTables.export(window(), model);
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

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
