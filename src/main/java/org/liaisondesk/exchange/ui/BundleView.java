package org.liaisondesk.exchange.ui;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.exchange.ui.BundleViewModel.Row;

/**
 * 交换包, for a dialog or a settings tab: 导出交换包…, 选择交换包… (then the preview table: kind, added, updated,
 * skipped, or the reason the bundle is refused) and 合并 to commit what the preview shows.
 */
public final class BundleView {
    private final BundleViewModel model;
    private final Parent root;

    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button exportButton;
    @FXML private CheckBox maskedCheck;
    @FXML private Button chooseButton;
    @FXML private Button commitButton;
    @FXML private Label summaryLabel;
    @FXML private Label problemLabel;
    @FXML private TableView<Row> previewTable;
    @FXML private TableColumn<Row, String> kindColumn;
    @FXML private TableColumn<Row, String> addedColumn;
    @FXML private TableColumn<Row, String> updatedColumn;
    @FXML private TableColumn<Row, String> skippedColumn;

    public BundleView(BundleViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/exchange/ui/Bundles.fxml");
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(model.busyProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        previewTable.setItems(model.rows());
        bind(kindColumn, Row::kindLabel);
        bind(addedColumn, r -> String.valueOf(r.added()));
        bind(updatedColumn, r -> String.valueOf(r.updated()));
        bind(skippedColumn, r -> String.valueOf(r.skipped()));
        exportButton.disableProperty().bind(model.busyProperty());
        chooseButton.disableProperty().bind(model.busyProperty());
        commitButton.disableProperty().bind(model.busyProperty().or(model.canCommitProperty().not()));
    }

    private static void bind(TableColumn<Row, String> column, Function<Row, String> text) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
    }

    @FXML
    private void onExport() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(Messages.tr("exchange.ui.defaultFileName"));
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            model.export(target.toPath(), maskedCheck.isSelected());
        }
    }

    @FXML
    private void onChoose() {
        File bundle = chooser().showOpenDialog(root.getScene().getWindow());
        if (bundle != null) {
            model.preview(bundle.toPath());
        }
    }

    @FXML
    private void onCommit() {
        model.commit();
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr("exchange.ui.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("exchange.ui.fileType"), "*.json"));
        return chooser;
    }
}
