package org.liaisondesk.register.leads.ui;

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
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.ExportAction;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.model.LeadRating;
import org.liaisondesk.register.leads.model.LeadRow;
import org.liaisondesk.register.leads.model.LeadSort;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * The state of the lead list: filters, sort, the current page and its count. Every query runs in the
 * background; a result that arrives after a newer query was started is dropped. Reporters are masked here,
 * before they reach a table cell.
 */
public final class LeadListViewModel {
    private static final int DESCRIPTION_LENGTH = 120;

    private final LeadService leads;
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final IntSupplier pageSize;
    private final boolean recycleBin;
    private Runnable onRegisterChanged = () -> { };

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LeadSource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    private final ObjectProperty<Triage> triage = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minStars = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final BooleanProperty notFedBack = new SimpleBooleanProperty(false);
    private final ObjectProperty<LeadSort> sort = new SimpleObjectProperty<>(LeadSort.RECEIVED);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<LeadListItem> items = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
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

    private record Loaded(Page<LeadRow> page, long count) {
    }

    public LeadListViewModel(LeadService leads, RosterService roster, BackgroundExecutor executor,
                             DialogService dialogs, IntSupplier pageSize, boolean recycleBin) {
        this.leads = leads;
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

    /** Reloads the station pick list of the filter. */
    public void loadReferenceLists() {
        executor.run(roster::stations, list -> {
            Station keep = station.get();
            stations.setAll(list);
            station.set(keep != null && list.contains(keep) ? keep : null);
        }, e -> dialogs.showError(Messages.tr("leads.title"), ErrorText.of(e)));
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

    public void sortBy(LeadSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchText.set("");
        from.set(null);
        to.set(null);
        source.set(null);
        field.set(null);
        triage.set(null);
        minStars.set(null);
        station.set(null);
        notFedBack.set(false);
        refresh();
    }

    /** The query the list shows now (the current page's start included): what an export would ask for. */
    public LeadQuery query() {
        return new LeadQuery(searchText.get(), from.get(), to.get(), source.get(), field.get(), triage.get(),
                minStars.get(), station.get() == null ? null : station.get().id(), notFedBack.get(), recycleBin,
                sort.get(), descending.get(), currentStart, pageSize.getAsInt());
    }

    private void load(boolean recount) {
        LeadQuery q = query();
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> new Loaded(leads.page(q), recount ? leads.count(q) : -1), result -> {
            if (mine != generation) {
                return;
            }
            if (result.count() >= 0) {
                total.set(result.count());
            }
            items.setAll(result.page().items().stream().map(LeadListViewModel::toItem).toList());
            hasMore.set(result.page().hasMore());
            nextStart = result.page().next();
            loading.set(false);
            updatePageText();
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("leads.title"), ErrorText.of(e));
            }
        });
    }

    private void updatePageText() {
        int size = pageSize.getAsInt();
        long pages = Math.max(1, (total.get() + size - 1) / size);
        pageText.set(Messages.tr("common.page", pageStarts.size() + 1, pages, total.get()));
    }

    static LeadListItem toItem(LeadRow r) {
        String reporter = Masking.maskName(r.reporterName());
        String phone = Masking.maskPhone(r.reporterPhone());
        if (!phone.isEmpty()) {
            reporter = reporter.isEmpty() ? phone : reporter + " " + phone;
        }
        if (reporter.isEmpty()) {
            reporter = Messages.tr("leads.list.anonymous");
        } else if (!r.reporterRole().isEmpty()) {
            reporter = Messages.tr("leads.list.reporterWithRole", reporter, r.reporterRole());
        }
        String place = (r.town() + r.village() + (r.grid().isEmpty() ? "" : " " + r.grid())).strip();
        String triage = r.triage() == Triage.REFERRED && !r.referredTo().isEmpty()
                ? Messages.tr("leads.list.referred", Messages.tr(r.triage().messageKey()), r.referredTo())
                : Messages.tr(r.triage().messageKey());
        String feedback = r.fedBackOn() != null ? Messages.tr("leads.list.fedBackOn", r.fedBackOn().toString())
                : r.awaitingFeedback() ? Messages.tr("leads.list.notFedBack") : "";
        boolean minor = r.field() == SupervisionField.MINORS;
        String description = LookAlike.excerpt(r.description(), DESCRIPTION_LENGTH);
        if (minor) {
            description = Messages.tr("leads.list.minorMark") + description;
        }
        String stars = r.stars() == null ? Messages.tr("leads.list.unrated") : LeadRating.starText(r.stars());
        return new LeadListItem(r.id(), r.receivedOn().toString(), Messages.tr(r.source().messageKey()), reporter,
                r.stationName(), place, Messages.tr(r.field().messageKey()), description, stars, triage, feedback,
                r.caseNumbers(), r.awaitingFeedback(), minor);
    }

    /** Exports the whole list as filtered and sorted now (every page); see {@link ExportAction}. */
    public void export(java.nio.file.Path target, boolean overwrite) {
        LeadQuery q = query().after(null);
        ExportAction.export(target, overwrite, dialogs, executor,
                (file, unmasked, replace) -> leads.export(q, unmasked, file, replace));
    }

    /** Moves the leads to the recycle bin and offers to undo it. */
    public void delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            leads.delete(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("leads.deleted", n), Messages.tr("common.undo"), () -> restore(ids));
        }, e -> dialogs.showError(Messages.tr("leads.delete"), ErrorText.of(e)));
    }

    public void restore(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        executor.run(() -> {
            leads.restore(ids);
            return ids.size();
        }, n -> {
            reloadPage();
            onRegisterChanged.run();
            dialogs.notify(Messages.tr("leads.restored", n), null, null);
        }, e -> dialogs.showError(Messages.tr("leads.restore"), ErrorText.of(e)));
    }

    public StringProperty searchTextProperty() { return searchText; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<LeadSource> sourceProperty() { return source; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public ObjectProperty<Triage> triageProperty() { return triage; }
    public ObjectProperty<Integer> minStarsProperty() { return minStars; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public BooleanProperty notFedBackProperty() { return notFedBack; }
    public ObjectProperty<LeadSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<LeadListItem> items() { return items; }
    public ObservableList<Station> stations() { return stations; }
    public LongProperty totalProperty() { return total; }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public boolean hasPreviousPage() { return !pageStarts.isEmpty(); }
}
