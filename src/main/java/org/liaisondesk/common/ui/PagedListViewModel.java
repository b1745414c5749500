package org.liaisondesk.common.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.PagePosition;
import org.liaisondesk.common.task.BackgroundExecutor;

/**
 * A list the database filters, sorts and pages (keyset paging: previous/next from the starts of the
 * pages seen so far), with a search text, a recycle-bin mode, delete/restore with 撤销 and the Excel export of
 * the whole list. Queries run in the background; a result that arrives after a newer query was started is
 * dropped. Subclasses say how to ask the service and how a row is shown (personal data masked before it
 * reaches a table cell).
 *
 * @param <Q> the query record
 * @param <R> a row as the service returns it
 * @param <I> a row as the table shows it
 */
public abstract class PagedListViewModel<Q, R, I> {

    protected final BackgroundExecutor executor;
    protected final DialogService dialogs;
    private final IntSupplier pageSize;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final BooleanProperty recycleBin = new SimpleBooleanProperty(false);
    private final ObservableList<I> items = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final PagePosition position = new PagePosition();
    private long generation;
    private long countGeneration;
    private boolean counting;
    private Runnable onRegisterChanged = () -> { };

    /** The count of the whole selection and the figures shown beside it. */
    private record Counted(long count, Object summary) {
    }

    protected PagedListViewModel(BackgroundExecutor executor, DialogService dialogs, IntSupplier pageSize) {
        this(executor, dialogs, pageSize, false);
    }

    /** @param recycleBin true: the list starts in the recycle bin (deleted rows) */
    protected PagedListViewModel(BackgroundExecutor executor, DialogService dialogs, IntSupplier pageSize,
                                 boolean recycleBin) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.pageSize = pageSize;
        this.recycleBin.set(recycleBin);
        this.recycleBin.addListener((obs, was, now) -> refresh());
    }

    /** The query for the page being shown: filters, sort, recycle-bin mode and where the page starts. */
    public abstract Q query();

    /** Runs in the background. */
    protected abstract Page<R> fetch(Q query);

    /** Runs in the background. */
    protected abstract long count(Q query);

    protected abstract I toItem(R row);

    /** The list's name, the title of its error messages. */
    protected abstract String titleKey();

    protected abstract void deleteNow(List<Long> ids);

    protected abstract void restoreNow(List<Long> ids);

    /** A message taking the number of rows deleted ({0}). */
    protected abstract String deletedKey();

    /** A message taking the number of rows restored ({0}). */
    protected abstract String restoredKey();

    /** The same query from the first page: what an export walks through, page after page. */
    protected abstract Q fromFirstPage(Q query);

    /** Writes the query's rows to an .xlsx file; returns how many. Runs in the background. */
    protected abstract long exportNow(Q query, boolean unmasked, Path target, boolean overwrite);

    /** The default name of the exported file: the list's name, or its recycle bin's. */
    protected abstract String exportTitleKey();

    /** The title of the message shown when a delete was refused. */
    protected abstract String deleteFailedKey();

    /** The title of the message shown when a restore failed. */
    protected abstract String restoreFailedKey();

    /**
     * Runs in the background whenever the list is recounted: figures of the whole selection that the list shows
     * besides its count (for instance totals added up by the database). Default: none.
     */
    protected Object summarize(Q query) {
        return null;
    }

    /** Shows what {@link #summarize} returned, on the UI thread, unless a newer query was started meanwhile. */
    protected void showSummary(Object summary) {
    }

    /** Runs after rows were deleted or restored, e.g. to reload a pick list that shows them. */
    protected void afterChange() {
    }

    /** Called after a change to the register (delete, restore), e.g. to update the status bar. */
    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    /** The rows of a page as the table shows them; override to compute something once per page. */
    protected List<I> toItems(List<R> rows) {
        return rows.stream().map(this::toItem).toList();
    }

    /** Where the current page starts (null: the first page), for {@link #query()}. */
    protected Cursor pageStart() {
        return position.start();
    }

    protected int pageSize() {
        return pageSize.getAsInt();
    }

    /** Runs the query from the first page. */
    public void refresh() {
        position.reset();
        load(true);
    }

    /** Reloads the current page (after an edit), keeping the position. */
    public void reloadPage() {
        load(true);
    }

    public void nextPage() {
        if (hasMore.get() && position.forward()) {
            load(false);
        }
    }

    public void previousPage() {
        if (position.back()) {
            load(false);
        }
    }

    /**
     * Fetches the page and shows it; when {@code recount}, the whole selection is counted in a background task of its
     * own, so that the rows never wait for a count (which can read much more than a page, e.g. every row for a
     * one-character search at a million records). Until the count arrives the page line says it is counting; paging
     * meanwhile does not stop it, a new query does.
     */
    private void load(boolean recount) {
        Q q = query();
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> fetch(q), page -> {
            if (mine != generation) {
                return;
            }
            items.setAll(toItems(page.items()));
            hasMore.set(page.hasMore());
            hasPrevious.set(position.hasPrevious());
            position.loaded(page);
            loading.set(false);
            showPageText();
        }, e -> failed(e, mine));
        if (recount) {
            count(q, ++countGeneration);
        }
    }

    private void count(Q q, long mine) {
        counting = true;
        executor.run(() -> new Counted(count(q), summarize(q)), counted -> {
            if (mine != countGeneration) {
                return;
            }
            counting = false;
            total.set(counted.count());
            showSummary(counted.summary());
            showPageText();
        }, e -> {
            if (mine == countGeneration) {
                counting = false;
                showPageText();
                dialogs.showError(Messages.tr(titleKey()), ErrorText.of(e));
            }
        });
    }

    private void showPageText() {
        if (counting) {
            pageText.set(Messages.tr("common.pageCounting", position.number()));
            return;
        }
        int size = pageSize();
        long pages = Math.max(1, (total.get() + size - 1) / size);
        pageText.set(Messages.tr("common.page", position.number(), pages, total.get()));
    }

    private void failed(Throwable e, long mine) {
        if (mine == generation) {
            loading.set(false);
            dialogs.showError(Messages.tr(titleKey()), ErrorText.of(e));
        }
    }

    /**
     * Exports the whole list as filtered and sorted now (every page, live rows or the recycle bin) after asking
     * whether to include full personal data; see {@link ExportAction}.
     */
    public void export(Path target, boolean overwrite) {
        Q whole = fromFirstPage(query());
        ExportAction.export(target, overwrite, dialogs, executor,
                (file, unmasked, replace) -> exportNow(whole, unmasked, file, replace));
    }

    /** Moves the rows to the recycle bin and offers to undo it; a refusal is shown and nothing is deleted. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            deleteNow(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            afterChange();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr(deletedKey(), n), Messages.tr("common.undo"), () -> restore(ids));
        }, e -> dialogs.showError(Messages.tr(deleteFailedKey()), ErrorText.of(e)));
    }

    public void restore(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            restoreNow(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            afterChange();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr(restoredKey(), n), null, null);
        }, e -> dialogs.showError(Messages.tr(restoreFailedKey()), ErrorText.of(e)));
    }

    public StringProperty searchTextProperty() { return searchText; }
    /** True: the list shows deleted rows, which can be restored. Changing it reloads the list. */
    public BooleanProperty recycleBinProperty() { return recycleBin; }
    public boolean isRecycleBin() { return recycleBin.get(); }
    public ObservableList<I> items() { return items; }
    public ReadOnlyLongProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasPreviousProperty() { return hasPrevious.getReadOnlyProperty(); }
    /** True when a previous page exists (it is known as soon as a page change starts, before its rows arrive). */
    public boolean hasPreviousPage() { return position.hasPrevious(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
}
