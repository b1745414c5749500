package org.liaisondesk.backup.ui;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.liaisondesk.backup.ui.BackupViewModel.Row;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ViewLoader;

/**
 * 备份与恢复, for a settings tab or a dialog: the backups with their date, kind, records and size, and the buttons
 * 立即备份, 立即备份到…, 从备份恢复… (the selected row), 从其他文件恢复…, 打开备份文件夹. A spinner and a line of text
 * show the work in progress.
 */
public final class BackupView {
    private final BackupViewModel model;
    private final Parent root;

    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label activityLabel;
    @FXML private Label policyHint;
    @FXML private Button backupNowButton;
    @FXML private Button backupToButton;
    @FXML private Button restoreButton;
    @FXML private Button restoreFileButton;
    @FXML private TableView<Row> backupTable;
    @FXML private TableColumn<Row, String> takenAtColumn;
    @FXML private TableColumn<Row, String> kindColumn;
    @FXML private TableColumn<Row, String> recordsColumn;
    @FXML private TableColumn<Row, String> sizeColumn;
    @FXML private TableColumn<Row, String> fileColumn;

    public BackupView(BackupViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/backup/ui/Backups.fxml");
    }

    public Node root() {
        return root;
    }

    /** Lists the backups again; called whenever the view is shown. */
    public void show() {
        model.show();
    }

    @FXML
    private void initialize() {
        policyHint.setText(model.policyText());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        activityLabel.textProperty().bind(model.activityProperty());
        backupTable.setItems(model.rows());
        bind(takenAtColumn, Row::takenAt);
        bind(kindColumn, Row::kind);
        bind(recordsColumn, Row::recordsText);
        bind(sizeColumn, Row::size);
        bind(fileColumn, Row::fileName);
        backupTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                // Why a backup cannot be restored, or where it is, on hovering.
                setTooltip(empty || row == null ? null
                        : new Tooltip(row.problem() != null ? row.problem() : row.info().file().toString()));
            }
        });
        backupTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        // The rows are replaced when counted; the selection follows the model's.
        model.rows().addListener((ListChangeListener<Row>) c -> reselect());
        model.selectedProperty().addListener((obs, was, now) -> reselect());
        backupNowButton.disableProperty().bind(model.busyProperty());
        backupToButton.disableProperty().bind(model.busyProperty());
        restoreFileButton.disableProperty().bind(model.busyProperty());
        restoreButton.disableProperty().bind(model.busyProperty().or(model.selectedProperty().isNull()));
    }

    private void reselect() {
        Row row = model.selectedProperty().get();
        if (row != null && backupTable.getSelectionModel().getSelectedItem() != row) {
            backupTable.getSelectionModel().select(row);
        }
    }

    private static void bind(TableColumn<Row, String> column, Function<Row, String> text) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
    }

    @FXML
    private void onBackupNow() {
        model.backupNow();
    }

    @FXML
    private void onBackupTo() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.tr("backup.backupTo.choose"));
        File folder = chooser.showDialog(root.getScene().getWindow());
        model.backupInto(folder == null ? null : folder.toPath());
    }

    @FXML
    private void onRestoreSelected() {
        model.restoreSelected();
    }

    @FXML
    private void onRestoreFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("backup.restoreFile.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("backup.restoreFile.filter"), "*.db"),
                new FileChooser.ExtensionFilter(Messages.tr("backup.restoreFile.all"), "*.*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        model.restore(file == null ? null : file.toPath());
    }

    @FXML
    private void onOpenFolder() {
        model.openFolder();
    }
}
