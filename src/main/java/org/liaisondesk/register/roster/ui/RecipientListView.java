package org.liaisondesk.register.roster.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientSort;

/**
 * The tab "被建议单位": the directory of organisations that receive recommendations, each shown with its
 * superior authority; search, the superior filter, sorting by the database, pages and the recycle bin.
 */
public final class RecipientListView {
    private final RecipientListViewModel model;
    private final Supplier<Window> owner;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<Recipient> superiorBox;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreButton;
    @FXML private Button exportButton;
    @FXML private ToggleButton recycleBinToggle;
    @FXML private TableView<RecipientListItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<RecipientListItem, String> nameColumn;
    @FXML private TableColumn<RecipientListItem, String> superiorColumn;
    @FXML private TableColumn<RecipientListItem, String> contactColumn;
    @FXML private TableColumn<RecipientListItem, String> phoneColumn;
    @FXML private TableColumn<RecipientListItem, String> addressColumn;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private ProgressIndicator busyIndicator;

    /** {@code owner} gives the window the editor belongs to. */
    public RecipientListView(RecipientListViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        this.root = ViewLoader.load(this, "/org/liaisondesk/register/roster/ui/RecipientList.fxml");
    }

    public Parent root() {
        return root;
    }

    /** Loads the first page and the superior filter's pick list; called when the tab is shown. */
    public void show() {
        model.loadPickLists();
        model.refresh();
    }

    @FXML
    private void initialize() {
        ListTables.debouncedSearch(searchField, model.searchTextProperty(), model::refresh);
        superiorBox.setItems(ListTables.withAll(model.superiors()));
        superiorBox.setConverter(Labels.converter(Recipient::name, Messages.tr("common.all")));
        superiorBox.valueProperty().bindBidirectional(model.superiorProperty());
        model.superiorProperty().addListener((obs, was, now) -> model.refresh());

        table.setItems(model.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        ListTables.text(nameColumn, RecipientListItem::name);
        ListTables.text(superiorColumn, RecipientListItem::superior);
        ListTables.text(contactColumn, RecipientListItem::contact);
        ListTables.text(phoneColumn, RecipientListItem::phone);
        ListTables.text(addressColumn, RecipientListItem::address);
        table.getSortOrder().add(nameColumn);
        ListTables.sortByDatabase(table, Map.of(nameColumn, RecipientSort.NAME, superiorColumn, RecipientSort.SUPERIOR),
                model.sortProperty()::get, model.descendingProperty()::get, model::sortBy);
        ListTables.rowActions(table, model, this::onEdit, this::onDelete, this::onRestore);
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        editButton.disableProperty().bind(noSelection);
        deleteButton.disableProperty().bind(noSelection);
        restoreButton.disableProperty().bind(noSelection);
        ListTables.bindRecycleBin(model, recycleBinToggle, List.of(newButton, editButton, deleteButton),
                restoreButton, emptyLabel, Messages.tr("roster.recipients.empty"),
                Messages.tr("roster.recipients.binEmpty"));
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
        RecipientListItem item = table.getSelectionModel().getSelectedItem();
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
        return table.getSelectionModel().getSelectedItems().stream().map(RecipientListItem::id).toList();
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

    private void edit(RecipientForm form) {
        String title = Messages.tr(form.isNew() ? "roster.recipient.newTitle" : "roster.recipient.editTitle");
        FormDialog.open(owner.get(), form, title, form.nameProperty().get(), grid -> {
            TextField name = grid.field("name", "roster.field.recipientName", true, new TextField());
            name.textProperty().bindBidirectional(form.nameProperty());
            // A leading null entry: a unit without a superior in the directory.
            ObservableList<Recipient> superiors = FXCollections.observableArrayList();
            superiors.add(null);
            superiors.addAll(form.superiors());
            ComboBox<Recipient> superior = grid.field("superiorId", false, new ComboBox<>(superiors));
            superior.setConverter(Labels.converter(Recipient::name, Messages.tr("roster.recipient.noSuperior")));
            superior.valueProperty().bindBidirectional(form.superiorProperty());
            TextField address = grid.field("address", false, new TextField());
            address.textProperty().bindBidirectional(form.addressProperty());
            TextField contact = grid.field("contact", false, new TextField());
            contact.textProperty().bindBidirectional(form.contactProperty());
            TextField phone = grid.field("phone", false, new TextField());
            phone.setPromptText(Messages.tr("roster.phonePrompt"));
            phone.textProperty().bindBidirectional(form.phoneProperty());
            grid.field("note", false, FormDialog.note()).textProperty().bindBidirectional(form.noteProperty());
            return name;
        }, saved -> ListTables.selectWhenListed(table, i -> i.id() == saved.id()));
    }
}
