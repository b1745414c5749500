package org.liaisondesk.audit.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.liaisondesk.audit.ui.AuditViewModel.Item;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.ViewLoader;

/**
 * 审计日志, for a settings tab: filters (days, user, action, kind of record, record number or UUID), the rows newest
 * first with paging, the selected row's changed fields below (masked), the hash chain's state at the top with
 * 重新核验, and 导出 Excel of what the filters select.
 */
public final class AuditView {
    private final AuditViewModel model;
    private final Parent root;

    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label chainLabel;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<AuditViewModel.Choice> userBox;
    @FXML private ComboBox<AuditViewModel.Choice> actionBox;
    @FXML private ComboBox<AuditViewModel.Choice> entityBox;
    @FXML private TextField recordField;
    @FXML private TableView<Item> auditTable;
    @FXML private TableColumn<Item, String> idColumn;
    @FXML private TableColumn<Item, String> atColumn;
    @FXML private TableColumn<Item, String> userColumn;
    @FXML private TableColumn<Item, String> actionColumn;
    @FXML private TableColumn<Item, String> entityColumn;
    @FXML private TableColumn<Item, String> recordColumn;
    @FXML private TableView<HistoryDialog.Line> detailTable;
    @FXML private TableColumn<HistoryDialog.Line, String> fieldColumn;
    @FXML private TableColumn<HistoryDialog.Line, String> oldColumn;
    @FXML private TableColumn<HistoryDialog.Line, String> newColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;

    public AuditView(AuditViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/audit/ui/Audit.fxml");
    }

    public Node root() {
        return root;
    }

    /** Reloads the log and verifies the chain again; called whenever the view is shown. */
    public void show() {
        model.show();
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(model.loadingProperty());
        chainLabel.textProperty().bind(model.chainTextProperty());
        model.chainBrokenProperty().addListener((obs, was, broken) -> {
            chainLabel.getStyleClass().remove("field-error");
            if (broken) {
                chainLabel.getStyleClass().add("field-error");
            }
        });
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        userBox.setItems(model.users());
        userBox.valueProperty().bindBidirectional(model.userProperty());
        actionBox.setItems(model.actions());
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        entityBox.setItems(model.entities());
        entityBox.valueProperty().bindBidirectional(model.entityProperty());
        recordField.textProperty().bindBidirectional(model.recordProperty());
        auditTable.setItems(model.items());
        bind(idColumn, i -> String.valueOf(i.entry().id()));
        bind(atColumn, Item::at);
        bind(userColumn, Item::user);
        bind(actionColumn, Item::action);
        bind(entityColumn, Item::entity);
        bind(recordColumn, Item::record);
        auditTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, now) -> model.selectedProperty().set(now));
        detailTable.setItems(model.details());
        bind(fieldColumn, HistoryDialog.Line::field);
        bind(oldColumn, HistoryDialog.Line::oldValue);
        bind(newColumn, HistoryDialog.Line::newValue);
        previousButton.disableProperty().bind(model.hasPreviousProperty().not());
        nextButton.disableProperty().bind(model.hasMoreProperty().not());
        pageLabel.textProperty().bind(model.pageTextProperty());
    }

    private static <T> void bind(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
    }

    @FXML
    private void onSearch() {
        model.refresh();
    }

    @FXML
    private void onVerify() {
        model.verifyChain();
    }

    @FXML
    private void onPrevious() {
        model.previousPage();
    }

    @FXML
    private void onNext() {
        model.nextPage();
    }

    @FXML
    private void onExport() {
        ExportAction.chooseFile(root.getScene().getWindow(), Messages.tr("audit.title"))
                .ifPresent(t -> model.export(t.path(), t.overwrite()));
    }
}
