package org.liaisondesk.register.visits.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.register.visits.service.VisitService;

/**
 * The state of the visit list: filters, sort, the current page and its count. Every query runs in the
 * background; a result that arrives after a newer query was started is dropped. Personal data is masked
 * here, before it reaches a table cell.
 */
public final class VisitListViewModel {
    private final VisitService visits;
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final IntSupplier pageSize;
    private final boolean recycleBin;
    private Runnable onRegisterChanged = () -> { };

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitForm> form = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<VisitSort> sort = new SimpleObjectProperty<>(VisitSort.DATE);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<VisitListItem> items = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(-1);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    /** Where each page seen so far starts (keyset paging): the last entry is the current page's start. */
    private final java.util.Deque<Cursor> pageStarts = new java.util.ArrayDeque<>();
    private Cursor currentStart;
    private Cursor nextStart;
    private long generation;

    /** Stands for "the first page" in the stack (a Deque cannot hold null). */
    private static final Cursor FIRST_PAGE = new Cursor("", Long.MIN_VALUE);

    private record PickLists(List<Station> stations, List<Prosecutor> prosecutors) {
    }

    private record Loaded(Page<VisitRow> page, long count) {
    }

    public VisitListViewModel(VisitService visits, RosterService roster, BackgroundExecutor executor,
                              DialogService dialogs, IntSupplier pageSize, boolean recycleBin) {
        this.visits = visits;
        this.roster = roster;
        this.executor = executor;
        this.dialogs = dialogs;
        this.pageSize = pageSize;
        this.recycleBin = recycleBin;
    }

    /** Called after a change to the register (save, delete, restore), e.g. to update the status bar. */
    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    public boolean isRecycleBin() {
        return recycleBin;
    }

    /** Reloads the station and prosecutor pick lists. */
    public void loadReferenceLists() {
        executor.run(() -> new PickLists(roster.stations(), roster.prosecutors()), lists -> {
            List<Station> s = lists.stations();
            List<Prosecutor> p = lists.prosecutors();
            Station keepStation = station.get();
            Prosecutor keepProsecutor = prosecutor.get();
            stations.setAll(s);
            prosecutors.setAll(p);
            station.set(keepStation != null && s.contains(keepStation) ? keepStation : null);
            prosecutor.set(keepProsecutor != null && p.contains(keepProsecutor) ? keepProsecutor : null);
        }, e -> dialogs.showError(Messages.tr("visits.title"), ErrorText.of(e)));
    }

    /** Runs the query from the first page. */
    public void refresh() {
        pageStarts.clear();
        currentStart = null;
        load(true);
    }

    /** Reloads the current page (after an edit), keeping the position. */
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

    public void sortBy(VisitSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchText.set("");
        from.set(null);
        to.set(null);
        station.set(null);
        prosecutor.set(null);
        form.set(null);
        category.set(null);
        status.set(StatusFilter.ALL);
        refresh();
    }

    public VisitQuery query() {
        return new VisitQuery(searchText.get(), from.get(), to.get(),
                station.get() == null ? null : station.get().id(),
                prosecutor.get() == null ? null : prosecutor.get().id(),
                form.get(), category.get(), status.get(), recycleBin, sort.get(), descending.get(),
                currentStart, pageSize.getAsInt());
    }

    private void load(boolean recount) {
        VisitQuery q = query();
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> {
            Page<VisitRow> page = visits.page(q);
            return new Loaded(page, recount ? visits.count(q) : -1);
        }, result -> {
            if (mine != generation) {
                return;
            }
            Page<VisitRow> page = result.page();
            long count = result.count();
            if (count >= 0) {
                total.set(count);
            }
            LocalDate today = visits.today();
            items.setAll(page.items().stream().map(r -> toItem(r, today)).toList());
            hasMore.set(page.hasMore());
            nextStart = page.next();
            loading.set(false);
            updatePageText();
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("visits.title"), ErrorText.of(e));
            }
        });
    }

    private void updatePageText() {
        int size = pageSize.getAsInt();
        long pages = Math.max(1, (total.get() + size - 1) / size);
        pageText.set(Messages.tr("common.page", pageStarts.size() + 1, pages, total.get()));
    }

    VisitListItem toItem(VisitRow r, LocalDate today) {
        DeadlineStatus dueStatus = r.concludedOn() != null ? DeadlineStatus.DONE
                : r.nextDue() == null ? null
                : DeadlineStatus.of(r.nextDue(), null, today, visits.reminderLeadDays());
        String due;
        if (r.concludedOn() != null) {
            due = Messages.tr("visits.list.concludedOn", r.concludedOn().toString());
        } else if (r.nextDue() == null) {
            due = "";
        } else {
            due = r.nextDue() + " " + Messages.tr(dueStatus.messageKey());
        }
        String visitor = Masking.maskName(r.visitorName());
        String phone = Masking.maskPhone(r.visitorPhone());
        if (!phone.isEmpty()) {
            visitor = visitor.isEmpty() ? phone : visitor + " " + phone;
        }
        if (visitor.isEmpty()) {
            visitor = Messages.tr("visits.list.anonymous");
        }
        if (r.peopleCount() > 1) {
            visitor = visitor + Messages.tr("visits.list.people", r.peopleCount());
        }
        return new VisitListItem(r.id(), r.date().toString(), r.stationName(), r.prosecutorName(),
                Messages.tr(r.form().messageKey()), Messages.tr(r.category().messageKey()), visitor,
                firstLine(r.summary()), Messages.tr(r.handling().messageKey()), due, dueStatus, r.involvesMinor());
    }

    private static String firstLine(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }

    /** Exports the whole list as filtered and sorted now (every page); see {@link ExportAction}. */
    public void export(java.nio.file.Path target, boolean overwrite) {
        VisitQuery q = query().after(null);
        ExportAction.export(target, overwrite, dialogs, executor, (file, unmasked, replace) -> visits.export(q, unmasked, file, replace));
    }

    /** Moves the visits to the recycle bin and offers to undo it. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            visits.delete(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("visits.deleted", n), Messages.tr("common.undo"), () -> restore(ids));
        }, e -> dialogs.showError(Messages.tr("visits.delete"), ErrorText.of(e)));
    }

    public void restore(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            visits.restore(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("visits.restored", n), null, null);
        }, e -> dialogs.showError(Messages.tr("visits.restore"), ErrorText.of(e)));
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<VisitForm> formProperty() { return form; }
    public ObjectProperty<VisitCategory> categoryProperty() { return category; }
    public ObjectProperty<StatusFilter> statusProperty() { return status; }
    public ObjectProperty<VisitSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<VisitListItem> items() { return items; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public LongProperty totalProperty() { return total; }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public boolean hasPreviousPage() { return !pageStarts.isEmpty(); }
}
