package org.liaisondesk.search.ui;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.search.model.SearchKind;

/** The 全局搜索 section: type words, see every kind of record that has them; Enter or double-click opens one. */
public final class GlobalSearchView {
    private final GlobalSearchViewModel model;
    private final BiConsumer<SearchKind, Long> open;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<SearchKind> kindBox;
    @FXML private ProgressIndicator busy;
    @FXML private Label summaryLabel;
    @FXML private TableView<SearchRow> table;
    @FXML private TableColumn<SearchRow, String> kindColumn;
    @FXML private TableColumn<SearchRow, String> dateColumn;
    @FXML private TableColumn<SearchRow, String> titleColumn;
    @FXML private TableColumn<SearchRow, String> contextColumn;

    /** {@code open} shows the record of that kind and id (its editor), wired by the main window. */
    public GlobalSearchView(GlobalSearchViewModel model, BiConsumer<SearchKind, Long> open) {
        this.model = model;
        this.open = open;
        this.root = ViewLoader.load(this, "/org/liaisondesk/search/ui/GlobalSearch.fxml");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> model.search());
        searchField.textProperty().bindBidirectional(model.textProperty());
        searchField.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.search();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        var kinds = FXCollections.<SearchKind>observableArrayList(SearchKind.values());
        kinds.add(0, null);
        kindBox.setItems(kinds);
        kindBox.setConverter(Labels.keyed(SearchKind::messageKey, Messages.tr("common.all")));
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        kindBox.valueProperty().addListener((obs, was, now) -> model.search());
        busy.visibleProperty().bind(model.searchingProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());

        table.setItems(model.rows());
        bind(kindColumn, SearchRow::kindText);
        bind(dateColumn, SearchRow::date);
        bind(titleColumn, SearchRow::title);
        bind(contextColumn, SearchRow::context);
        table.setRowFactory(t -> {
            TableRow<SearchRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().kind(), row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            SearchRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.kind(), selected.id());
            }
        });
    }

    private static void bind(TableColumn<SearchRow, String> column, Function<SearchRow, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    }

    public void show() {
        focusSearch();
        model.search();
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
