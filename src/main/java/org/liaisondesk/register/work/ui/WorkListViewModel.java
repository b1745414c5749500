package org.liaisondesk.register.work.ui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.work.model.PartyNames;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.register.work.model.WorkRow;
import org.liaisondesk.register.work.model.WorkSort;
import org.liaisondesk.register.work.model.WorkTotals;
import org.liaisondesk.register.work.service.WorkService;

/**
 * The state of the work list: filters, sort, the current page, its count and the totals line. Every query runs
 * in the background; a result that arrives after a newer query was started is dropped. Names are masked here,
 * before they reach a table cell; the totals are added up by the database, never from loaded rows.
 */
public final class WorkListViewModel {
    private final WorkService work;
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final IntSupplier pageSize;
    private final boolean recycleBin;
    private Runnable onRegisterChanged = () -> { };

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> resolved = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkSort> sort = new SimpleObjectProperty<>(WorkSort.DATE);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<WorkListItem> items = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(-1);
    private final ReadOnlyObjectWrapper<WorkTotals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    /** Where each page seen so far starts (keyset paging): the last entry is the current page's start. */
    private final Deque<Cursor> pageStarts = new ArrayDeque<>();
    private Cursor currentStart;
    private Cursor nextStart;
    private long generation;

    /** Stands for "the first page" in the stack (a Deque cannot hold null). */
    private static final Cursor FIRST_PAGE = new Cursor("", Long.MIN_VALUE);

    private record PickLists(List<Station> stations, List<Prosecutor> prosecutors) {
    }

    /** A page and, when the filter changed, the figures of the whole selection (null otherwise). */
    private record Loaded(Page<WorkRow> page, WorkTotals totals) {
    }

    public WorkListViewModel(WorkService work, RosterService roster, BackgroundExecutor executor,
                             DialogService dialogs, IntSupplier pageSize, boolean recycleBin) {
        this.work = work;
        this.roster = roster;
        this.executor = executor;
        this.dialogs = dialogs;
        this.pageSize = pageSize;
        this.recycleBin = recycleBin;
    }

    /** Called after a change to the register (delete, restore), e.g. to update the status bar. */
    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    public boolean isRecycleBin() {
        return recycleBin;
    }

    /** Reloads the station and prosecutor pick lists. */
    public void loadReferenceLists() {
        executor.run(() -> new PickLists(roster.stations(), roster.prosecutors()), lists -> {
            Station keepStation = station.get();
            Prosecutor keepProsecutor = prosecutor.get();
            stations.setAll(lists.stations());
            prosecutors.setAll(lists.prosecutors());
            station.set(keepStation != null && lists.stations().contains(keepStation) ? keepStation : null);
            prosecutor.set(keepProsecutor != null && lists.prosecutors().contains(keepProsecutor) ? keepProsecutor : null);
        }, e -> dialogs.showError(Messages.tr("work.title"), ErrorText.of(e)));
    }

    /** Runs the query from the first page, with a new count and new totals. */
    public void refresh() {
        pageStarts.clear();
        currentStart = null;
        load(true);
    }

    /** Reloads the current page (after an edit), keeping the position; count and totals are recomputed. */
    public void reloadPage() {
        load(true);
    }

    public void nextPage() {
        if (hasMore.get() && nextStart != null) {
            pageStarts.push(currentStart == null ? FIRST_PAGE : currentStart);
            currentStart = nextStart;
            load(false);
        }
    }

    public void previousPage() {
        if (!pageStarts.isEmpty()) {
            Cursor previous = pageStarts.pop();
            currentStart = previous == FIRST_PAGE ? null : previous;
            load(false);
        }
    }

    public void sortBy(WorkSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchText.set("");
        from.set(null);
        to.set(null);
        kind.set(null);
        station.set(null);
        prosecutor.set(null);
        resolved.set(null);
        refresh();
    }

    /** The query of the list as it stands (filters, sort, current page): also what an export writes. */
    public WorkQuery query() {
        return new WorkQuery(searchText.get(), from.get(), to.get(), kind.get(),
                station.get() == null ? null : station.get().id(),
                prosecutor.get() == null ? null : prosecutor.get().id(),
                resolved.get(), recycleBin, sort.get(), descending.get(), currentStart, pageSize.getAsInt());
    }

    private void load(boolean recount) {
        WorkQuery q = query();
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> new Loaded(work.page(q), recount ? work.totals(q) : null), result -> {
            if (mine != generation) {
                return;
            }
            if (result.totals() != null) {
                WorkTotals t = result.totals();
                totals.set(t);
                total.set(t.count());
                totalsText.set(Messages.tr("work.totals", t.count(), t.disputesResolved(),
                        Money.formatWan(t.aidPaidFen()), t.audience(), t.serviceHoursDone()));
            }
            items.setAll(result.page().items().stream().map(WorkListViewModel::toItem).toList());
            hasMore.set(result.page().hasMore());
            nextStart = result.page().next();
            loading.set(false);
            updatePageText();
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("work.title"), ErrorText.of(e));
            }
        });
    }

    private void updatePageText() {
        int size = pageSize.getAsInt();
        long pages = Math.max(1, (total.get() + size - 1) / size);
        pageText.set(Messages.tr("common.page", pageStarts.size() + 1, pages, total.get()));
    }

    static WorkListItem toItem(WorkRow r) {
        String title = r.involvesMinor() ? Messages.tr("work.list.minorMark", r.title()) : r.title();
        String names = r.kind() == WorkKind.JUDICIAL_AID ? Masking.maskName(r.applicantName()) : PartyNames.mask(r.parties());
        return new WorkListItem(r.id(), r.heldOn().toString(), Messages.tr(r.kind().messageKey()), title,
                r.stationName(), r.prosecutorName(), names, keyFigure(r), r.matterOfficeNumber(), r.involvesMinor());
    }

    /** The figure that matters for each kind, in words. */
    static String keyFigure(WorkRow r) {
        return switch (r.kind()) {
            case MEDIATION -> r.resolved() == null ? ""
                    : Messages.tr(r.resolved() ? "work.list.resolved" : "work.list.unresolved");
            case JUDICIAL_AID -> r.amountPaidFen() == null ? Messages.tr("work.list.notPaid")
                    : Money.formatYuan(r.amountPaidFen());
            case PUBLICITY -> r.audienceCount() == null ? "" : Messages.tr("work.list.audience", r.audienceCount());
            case COMMUNITY_SERVICE -> Messages.tr("work.list.hours", r.hoursDone(),
                    r.hoursAgreed() == null ? 0 : r.hoursAgreed());
            case HEARING -> r.hearingType();
            case NON_PROSECUTION_ANNOUNCEMENT, CIRCUIT_TRIAL -> "";
        };
    }

    /** Exports the whole list as filtered and sorted now (every page); see {@link ExportAction}. */
    public void export(java.nio.file.Path target, boolean overwrite) {
        WorkQuery q = query().after(null);
        ExportAction.export(target, overwrite, dialogs, executor, (file, unmasked, replace) -> work.export(q, unmasked, file, replace));
    }

    /** Moves the activities to the recycle bin and offers to undo it. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            work.delete(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("work.deleted", n), Messages.tr("common.undo"), () -> restore(ids));
        }, e -> dialogs.showError(Messages.tr("work.delete"), ErrorText.of(e)));
    }

    public void restore(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            work.restore(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("work.restored", n), null, null);
        }, e -> dialogs.showError(Messages.tr("work.restore"), ErrorText.of(e)));
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<WorkKind> kindProperty() { return kind; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<Boolean> resolvedProperty() { return resolved; }
    public ObjectProperty<WorkSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<WorkListItem> items() { return items; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public LongProperty totalProperty() { return total; }
    public ReadOnlyObjectProperty<WorkTotals> totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyStringProperty totalsTextProperty() { return totalsText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public boolean hasPreviousPage() { return !pageStarts.isEmpty(); }
}
