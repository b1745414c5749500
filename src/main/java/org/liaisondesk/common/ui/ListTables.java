package org.liaisondesk.common.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;

/**
 * The bindings every paged list view shares (see {@link PagedListViewModel}): search box, paging bar, recycle-bin
 * mode, sorting by the database, row actions, pick lists with "全部", the Excel export.
 */
public final class ListTables {
    private ListTables() {
    }

    /** Typing searches after a short pause (not on every keystroke); Enter searches now; Esc clears the box. */
    public static void debouncedSearch(TextField field, StringProperty text, Runnable refresh) {
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> refresh.run());
        field.textProperty().bindBidirectional(text);
        field.textProperty().addListener((obs, was, now) -> typing.playFromStart());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                refresh.run();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
    }

    /** Previous/next are enabled when there is such a page; the label shows the page; busy shows while loading. */
    public static void bindPaging(PagedListViewModel<?, ?, ?> model, Button previous, Button next, Label page,
                           ProgressIndicator busy) {
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        next.disableProperty().bind(model.hasMoreProperty().not());
        page.textProperty().bind(model.pageTextProperty());
        busy.visibleProperty().bind(model.loadingProperty());
    }

    /** "导出 Excel": asks where to save (named after the list, or its recycle bin), then the model exports. */
    public static void bindExport(Button button, PagedListViewModel<?, ?, ?> model) {
        button.setOnAction(e -> export(button.getScene().getWindow(), model));
    }

    /** Asks where to save (named after the list, or its recycle bin), then the model exports. */
    public static void export(Window owner, PagedListViewModel<?, ?, ?> model) {
        ExportAction.chooseFile(owner, Messages.tr(model.exportTitleKey()))
                .ifPresent(t -> model.export(t.path(), t.overwrite()));
    }

    /**
     * The recycle-bin toggle: in the bin the list shows deleted rows and offers 恢复 instead of new/edit/delete,
     * and its placeholder says the bin is empty.
     */
    public static void bindRecycleBin(PagedListViewModel<?, ?, ?> model, ToggleButton toggle,
                                      List<? extends Node> liveOnly, Node restore, Label placeholder, String emptyText,
                                      String emptyBinText) {
        toggle.selectedProperty().bindBidirectional(model.recycleBinProperty());
        showRecycleBinMode(model, liveOnly, restore, placeholder, emptyText, emptyBinText);
    }

    /**
     * Shows the buttons of the list's mode: in the recycle bin 恢复 instead of new/edit/delete, and a placeholder
     * that says the bin is empty.
     */
    public static void showRecycleBinMode(PagedListViewModel<?, ?, ?> model, List<? extends Node> liveOnly,
                                          Node restore, Label placeholder, String emptyText, String emptyBinText) {
        Runnable apply = () -> {
            boolean bin = model.isRecycleBin();
            for (Node n : liveOnly) {
                n.setVisible(!bin);
                n.setManaged(!bin);
            }
            restore.setVisible(bin);
            restore.setManaged(bin);
            placeholder.setText(bin ? emptyBinText : emptyText);
        };
        model.recycleBinProperty().addListener((obs, was, now) -> apply.run());
        apply.run();
    }

    /**
     * The database sorts: clicking a header asks {@code sortBy} for a new first page instead of sorting the rows
     * on screen; the table only shows which column and direction are in force.
     */
    public static <S, K> void sortByDatabase(TableView<S> table, Map<? extends TableColumn<S, ?>, K> sortable,
                                             Supplier<K> currentSort, Supplier<Boolean> currentDescending,
                                             BiConsumer<K, Boolean> sortBy) {
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                return true;
            }
            TableColumn<S, ?> column = t.getSortOrder().get(0);
            K by = sortable.get(column);
            boolean desc = column.getSortType() == TableColumn.SortType.DESCENDING;
            if (by != null && (by != currentSort.get() || desc != currentDescending.get())) {
                sortBy.accept(by, desc);
            }
            return true;
        });
    }

    /** Double-click or Enter edits; Delete deletes. In the recycle bin double-click and Delete restore. */
    public static <S> void rowActions(TableView<S> table, PagedListViewModel<?, ?, ?> model, Runnable edit,
                                      Runnable delete, Runnable restore) {
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    (model.isRecycleBin() ? restore : edit).run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !model.isRecycleBin()) {
                edit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                (model.isRecycleBin() ? restore : delete).run();
                e.consume();
            }
        });
    }

    /** The column shows the text {@code value} gives for the row. */
    public static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
    }

    /** A pick list with a leading null entry meaning "all", kept in step with the source list. */
    public static <T> ObservableList<T> withAll(ObservableList<T> source) {
        ObservableList<T> list = FXCollections.observableArrayList();
        Runnable copy = () -> {
            list.setAll(source);
            list.add(0, null);
        };
        source.addListener((ListChangeListener<T>) c -> copy.run());
        copy.run();
        return list;
    }

    /** Selects the first row matching {@code wanted}, now or as soon as the reloaded list contains it. */
    public static <S> void selectWhenListed(TableView<S> table, Predicate<S> wanted) {
        if (select(table, wanted)) {
            return;
        }
        ListChangeListener<S> once = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends S> change) {
                if (select(table, wanted)) {
                    table.getItems().removeListener(this);
                }
            }
        };
        table.getItems().addListener(once);
    }

    private static <S> boolean select(TableView<S> table, Predicate<S> wanted) {
        for (S item : table.getItems()) {
            if (wanted.test(item)) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(item);
                table.scrollTo(item);
                return true;
            }
        }
        return false;
    }
}
