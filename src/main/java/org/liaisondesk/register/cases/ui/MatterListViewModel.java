package org.liaisondesk.register.cases.ui;

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
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.model.MatterRow;
import org.liaisondesk.register.cases.model.MatterSort;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.model.PartyMasking;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * The state of the case list: filters, sort, the current page and its count. Every query runs in the
 * background; a result that arrives after a newer query was started is dropped. Parties are masked here,
 * before they reach a table cell.
 */
public final class MatterListViewModel {
    private final MatterService matters;
    private final RosterService roster;
    private final ReferenceService reference;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final IntSupplier pageSize;
    private final boolean recycleBin;
    private Runnable onRegisterChanged = () -> { };

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<BusinessLine> businessLine = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferenceItem> business = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    private final ObjectProperty<MatterStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<MatterSort> sort = new SimpleObjectProperty<>(MatterSort.ACCEPTED_ON);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<MatterListItem> items = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableList<ReferenceItem> businesses = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(-1);
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

    private record PickLists(List<Station> stations, List<Prosecutor> prosecutors, List<ReferenceItem> businesses) {
    }

    private record Loaded(Page<MatterRow> page, long count) {
    }

    public MatterListViewModel(MatterService matters, RosterService roster, ReferenceService reference,
                               BackgroundExecutor executor, DialogService dialogs, IntSupplier pageSize,
                               boolean recycleBin) {
        this.matters = matters;
        this.roster = roster;
        this.reference = reference;
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

    /** Reloads the station, prosecutor and business pick lists, keeping the chosen filters that still exist. */
    public void loadReferenceLists() {
        executor.run(() -> new PickLists(roster.stations(), roster.prosecutors(),
                reference.list(ReferenceList.BUSINESS)), lists -> {
            Station keepStation = station.get();
            Prosecutor keepProsecutor = prosecutor.get();
            ReferenceItem keepBusiness = business.get();
            stations.setAll(lists.stations());
            prosecutors.setAll(lists.prosecutors());
            businesses.setAll(lists.businesses());
            station.set(keepStation != null && stations.contains(keepStation) ? keepStation : null);
            prosecutor.set(keepProsecutor != null && prosecutors.contains(keepProsecutor) ? keepProsecutor : null);
            business.set(keepBusiness != null && businesses.contains(keepBusiness) ? keepBusiness : null);
        }, e -> dialogs.showError(Messages.tr("cases.title"), ErrorText.of(e)));
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

    public void sortBy(MatterSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchText.set("");
        from.set(null);
        to.set(null);
        businessLine.set(null);
        business.set(null);
        field.set(null);
        status.set(null);
        station.set(null);
        prosecutor.set(null);
        refresh();
    }

    /** The list's query as it stands (filters, sort, current page): also what an export of the list runs. */
    public MatterQuery query() {
        return new MatterQuery(searchText.get(), from.get(), to.get(), businessLine.get(),
                business.get() == null ? null : business.get().id(), field.get(), status.get(),
                station.get() == null ? null : station.get().id(),
                prosecutor.get() == null ? null : prosecutor.get().id(),
                recycleBin, sort.get(), descending.get(), currentStart, pageSize.getAsInt());
    }

    private void load(boolean recount) {
        MatterQuery q = query();
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> new Loaded(matters.page(q), recount ? matters.count(q) : -1), result -> {
            if (mine != generation) {
                return;
            }
            if (result.count() >= 0) {
                total.set(result.count());
            }
            items.setAll(result.page().items().stream().map(MatterListViewModel::toItem).toList());
            hasMore.set(result.page().hasMore());
            nextStart = result.page().next();
            loading.set(false);
            updatePageText();
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("cases.title"), ErrorText.of(e));
            }
        });
    }

    private void updatePageText() {
        int size = pageSize.getAsInt();
        long pages = Math.max(1, (total.get() + size - 1) / size);
        pageText.set(Messages.tr("common.page", pageStarts.size() + 1, pages, total.get()));
    }

    static MatterListItem toItem(MatterRow r) {
        // Case names often name the parties (罗某离婚纠纷…): the list masks them there too.
        String maskedName = PartyMasking.maskIn(r.name(), r.parties());
        String name = r.involvesMinor() ? Messages.tr("cases.list.minorMark") + maskedName : maskedName;
        String line = Messages.tr(r.businessLine().messageKey());
        if (!r.businessName().isEmpty()) {
            line = line + " / " + r.businessName();
        }
        String status = Messages.tr(r.status().messageKey());
        if (r.status() == MatterStatus.CONCLUDED && r.concludedOn() != null) {
            status = status + " " + r.concludedOn();
        }
        return new MatterListItem(r.id(), r.acceptedOn().toString(), r.officeNumber(), name, line,
                Messages.tr(r.field().messageKey()), maskParties(r.parties()), r.prosecutorName(), status,
                r.linkCount() == 0 ? "" : String.valueOf(r.linkCount()), r.involvesMinor());
    }

    /** Each party's name masked on its own: 王秀英、张强 → 王某某、张某. */
    static String maskParties(String parties) {
        return PartyMasking.mask(parties);
    }

    /** Exports the whole list as filtered and sorted now (every page); see {@link ExportAction}. */
    public void export(java.nio.file.Path target, boolean overwrite) {
        MatterQuery q = query().after(null);
        ExportAction.export(target, overwrite, dialogs, executor,
                (file, unmasked, replace) -> matters.export(q, unmasked, file, replace));
    }

    /** Moves the cases to the recycle bin and offers to undo it. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            matters.delete(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("cases.deleted", n), Messages.tr("common.undo"), () -> restore(ids));
        }, e -> dialogs.showError(Messages.tr("cases.delete"), ErrorText.of(e)));
    }

    public void restore(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            matters.restore(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("cases.restored", n), null, null);
        }, e -> dialogs.showError(Messages.tr("cases.restore"), ErrorText.of(e)));
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<BusinessLine> businessLineProperty() { return businessLine; }
    public ObjectProperty<ReferenceItem> businessProperty() { return business; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public ObjectProperty<MatterStatus> statusProperty() { return status; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<MatterSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<MatterListItem> items() { return items; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ObservableList<ReferenceItem> businesses() { return businesses; }
    public LongProperty totalProperty() { return total; }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public boolean hasPreviousPage() { return !pageStarts.isEmpty(); }
}
