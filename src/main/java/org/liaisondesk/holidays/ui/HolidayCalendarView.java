package org.liaisondesk.holidays.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.holidays.model.HolidayRules;

/**
 * The tab "放假安排": one year of the holiday calendar (bundled days, the user's additions and changes), with
 * add, change, take away, reset to the bundled arrangement, import and export of CSV files. Double-click or
 * Enter edits, Delete takes away, Ctrl+N adds.
 */
public final class HolidayCalendarView {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final HolidayCalendarViewModel model;
    private final VBox root = new VBox();
    private final TableView<HolidayListItem> table = new TableView<>();
    private final Spinner<Integer> yearSpinner = new Spinner<>();

    public HolidayCalendarView(HolidayCalendarViewModel model) {
        this.model = model;
        root.getStyleClass().add("section");

        Label yearLabel = new Label(Messages.tr("holidays.year"));
        yearLabel.setLabelFor(yearSpinner);
        configureYearSpinner();
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button add = button("newButton", "holidays.new", this::onNew);
        Button edit = button("editButton", "holidays.edit", this::onEdit);
        Button remove = button("removeButton", "holidays.remove", this::onRemove);
        Button reset = button("resetButton", "holidays.reset", this::onReset);
        Button importButton = button("importButton", "holidays.import.button", this::onImport);
        Button exportButton = button("exportButton", "holidays.export.button", this::onExport);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox toolbar = new HBox(yearLabel, yearSpinner, grow, add, edit, remove, reset, importButton, exportButton, busy);
        toolbar.getStyleClass().add("toolbar-row");

        Label notice = new Label();
        notice.setId("coverageNotice");
        notice.getStyleClass().add("deadline-soon");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        var hasNotice = model.noticeProperty().isNotEmpty();
        notice.visibleProperty().bind(hasNotice);
        notice.managedProperty().bind(hasNotice);

        buildTable();
        var selected = table.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        remove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !HolidayCalendarViewModel.canRemove(selected.get()), selected));
        reset.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !HolidayCalendarViewModel.canReset(selected.get()), selected));

        Label hint = new Label(Messages.tr("holidays.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(toolbar, notice, table, hint);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                e.consume();
                onNew();
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Loads the chosen year; called when the tab is shown. */
    public void show() {
        model.load();
    }

    private void configureYearSpinner() {
        yearSpinner.setId("yearSpinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory years = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                HolidayRules.MIN_YEAR, HolidayRules.MAX_YEAR, model.yearProperty().get());
        // Text that is not a year puts the shown year back instead of throwing from the editor.
        years.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return years.getValue();
                }
            }
        });
        yearSpinner.setValueFactory(years);
        yearSpinner.setEditable(true);
        yearSpinner.getEditor().setPrefColumnCount(5);
        years.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.yearProperty().set(now);
            }
        });
        model.yearProperty().addListener((obs, was, now) -> years.setValue(now.intValue()));
    }

    private void buildTable() {
        table.setId("holidayTable");
        table.setItems(model.items());
        table.setPlaceholder(new Label(Messages.tr("holidays.empty")));
        TableColumn<HolidayListItem, String> date = column("holidays.column.date", 12, HolidayListItem::date);
        TableColumn<HolidayListItem, String> kind = column("holidays.column.kind", 8, HolidayListItem::kind);
        TableColumn<HolidayListItem, String> name = column("holidays.column.name", 16, HolidayListItem::name);
        TableColumn<HolidayListItem, String> source = column("holidays.column.source", 8, HolidayListItem::source);
        table.getColumns().setAll(List.of(date, kind, name, source));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        source.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // The user's own changes stand out from the bundled days.
                getStyleClass().remove("deadline-soon");
                HolidayListItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (item != null && item.entry().source().isEdited()) {
                    getStyleClass().add("deadline-soon");
                }
            }
        });
        table.setRowFactory(t -> {
            TableRow<HolidayListItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onRemove();
                e.consume();
            }
        });
    }

    private static TableColumn<HolidayListItem, String> column(String titleKey, double widthEm,
                                                               Function<HolidayListItem, String> value) {
        TableColumn<HolidayListItem, String> column = new TableColumn<>(Messages.tr(titleKey));
        column.setSortable(false);
        column.setStyle("-fx-pref-width: " + widthEm + "em;");
        ListTables.text(column, value);
        return column;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.tr(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private HolidayListItem selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void onNew() {
        HolidayEditorDialog.open(window(), model.newEntry(), this::selectWhenListed);
    }

    private void onEdit() {
        HolidayListItem item = selected();
        if (item != null) {
            HolidayEditorDialog.open(window(), model.edit(item), this::selectWhenListed);
        }
    }

    private void onRemove() {
        model.remove(selected());
    }

    private void onReset() {
        model.reset(selected());
    }

    /** Shows the saved day: switches to its year and selects it in the reloaded list (a save always reloads). */
    private void selectWhenListed(LocalDate day) {
        ListChangeListener<HolidayListItem> once = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends HolidayListItem> change) {
                model.items().removeListener(this);
                ListTables.selectWhenListed(table, item -> item.entry().date().equals(day));
            }
        };
        model.items().addListener(once);
        if (model.yearProperty().get() != day.getYear()) {
            model.yearProperty().set(day.getYear());
        }
    }

    private void onImport() {
        FileChooser chooser = chooser("holidays.import.title");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.importCsv(file.toPath());
        }
    }

    private void onExport() {
        FileChooser chooser = chooser("holidays.export.title");
        chooser.setInitialFileName(model.exportFileName());
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path target = file.getName().toLowerCase(Locale.ROOT).endsWith(".csv") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".csv");
            model.exportCsv(target, target.toFile().equals(file));
        }
    }

    private static FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.tr(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("holidays.fileType"), "*.csv"),
                new FileChooser.ExtensionFilter(Messages.tr("holidays.allFiles"), "*.*"));
        Optional.of(new File(System.getProperty("user.home"), "Documents")).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }
}
