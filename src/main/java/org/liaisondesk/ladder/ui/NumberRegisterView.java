package org.liaisondesk.ladder.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ViewLoader;

/**
 * The issue register (发文登记簿): the numbers of a year or of all years, a search over the table, 导出 Excel and
 * 打印. A withdrawn document keeps its line, marked 已撤回（文号保留）. Double-click or Enter opens the document.
 */
public final class NumberRegisterView {
    private final NumberRegisterViewModel model;
    private final Parent root;

    @FXML private ComboBox<Integer> yearBox;
    @FXML private TextField searchField;
    @FXML private TableView<NumberRegisterItem> table;
    @FXML private Label emptyLabel;
    @FXML private TableColumn<NumberRegisterItem, String> numberColumn;
    @FXML private TableColumn<NumberRegisterItem, String> issuedOnColumn;
    @FXML private TableColumn<NumberRegisterItem, String> tierColumn;
    @FXML private TableColumn<NumberRegisterItem, String> typeColumn;
    @FXML private TableColumn<NumberRegisterItem, String> titleColumn;
    @FXML private TableColumn<NumberRegisterItem, String> recipientColumn;
    @FXML private TableColumn<NumberRegisterItem, String> statusColumn;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;

    public NumberRegisterView(NumberRegisterViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/ladder/ui/NumberRegister.fxml");
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        yearBox.setItems(model.years());
        yearBox.setConverter(Labels.converter(NumberRegisterViewModel::yearText,
                NumberRegisterViewModel.yearText(null)));
        // The combo box's own button cell leaves a chosen null (全部年份) blank.
        yearBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Integer year, boolean empty) {
                super.updateItem(year, empty);
                setText(NumberRegisterViewModel.yearText(year));
            }
        });
        yearBox.valueProperty().bindBidirectional(model.yearProperty());
        searchField.textProperty().bindBidirectional(model.searchTextProperty());

        table.setItems(model.items());
        bind(numberColumn, NumberRegisterItem::number);
        bind(issuedOnColumn, NumberRegisterItem::issuedOn);
        bind(tierColumn, NumberRegisterItem::tier);
        bind(typeColumn, NumberRegisterItem::type);
        bind(titleColumn, NumberRegisterItem::title);
        bind(recipientColumn, NumberRegisterItem::recipient);
        bind(statusColumn, NumberRegisterItem::status);
        table.setRowFactory(t -> {
            TableRow<NumberRegisterItem> row = new TableRow<>() {
                @Override
                protected void updateItem(NumberRegisterItem item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("number-withdrawn");
                    if (!empty && item != null && item.withdrawn()) {
                        getStyleClass().add("number-withdrawn");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(window(), row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            NumberRegisterItem selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                model.open(window(), selected);
            }
        });
        emptyLabel.textProperty().bind(model.emptyTextProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        busyIndicator.visibleProperty().bind(model.loadingProperty());
    }

    private static void bind(TableColumn<NumberRegisterItem, String> column,
                             Function<NumberRegisterItem, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    }

    /** Reloads the register; called when the section is shown. */
    public void show() {
        model.load();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void onExport() {
        ExportAction.chooseFile(window(), model.exportFileName())
                .ifPresent(t -> model.export(t.path(), t.overwrite()));
    }

    @FXML
    private void onPrint() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.printingUnavailable();
            return;
        }
        // A register is printed across the page; the print dialog may still change it.
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(printer.createPageLayout(printer.getDefaultPageLayout().getPaper(),
                PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT));
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<VBox> pages = NumberRegisterPrint.pages(model.printTitle(), model.printFooter(), model.shownItems(),
                layout.getPrintableWidth(), layout.getPrintableHeight());
        model.printPages(pages.size(), i -> {
            boolean printed = job.printPage(layout, pages.get(i));
            if (!printed) {
                job.cancelJob();
            }
            return printed;
        }, job::endJob);
    }
}
