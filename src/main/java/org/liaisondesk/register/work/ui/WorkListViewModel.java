package org.liaisondesk.register.work.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
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
public final class WorkListViewModel extends PagedListViewModel<WorkQuery, WorkRow, WorkListItem> {
    private final WorkService work;
    private final RosterService roster;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> resolved = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkSort> sort = new SimpleObjectProperty<>(WorkSort.DATE);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkTotals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");

    private record PickLists(List<Station> stations, List<Prosecutor> prosecutors) {
    }

    public WorkListViewModel(WorkService work, RosterService roster, BackgroundExecutor executor,
                             DialogService dialogs, IntSupplier pageSize, boolean recycleBin) {
        super(executor, dialogs, pageSize, recycleBin);
        this.work = work;
        this.roster = roster;
    }

    /** Reloads the station and prosecutor pick lists, keeping the chosen filters that still exist. */
    public void loadReferenceLists() {
        executor.run(() -> new PickLists(roster.stations(), roster.prosecutors()), lists -> {
            Station keepStation = station.get();
            Prosecutor keepProsecutor = prosecutor.get();
            stations.setAll(lists.stations());
            prosecutors.setAll(lists.prosecutors());
            station.set(keepStation != null && stations.contains(keepStation) ? keepStation : null);
            prosecutor.set(keepProsecutor != null && prosecutors.contains(keepProsecutor) ? keepProsecutor : null);
        }, e -> dialogs.showError(Messages.tr("work.title"), ErrorText.of(e)));
    }

    public void sortBy(WorkSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        from.set(null);
        to.set(null);
        kind.set(null);
        station.set(null);
        prosecutor.set(null);
        resolved.set(null);
        refresh();
    }

    /** The query of the list as it stands (filters, sort, current page): also what an export writes. */
    @Override
    public WorkQuery query() {
        return new WorkQuery(searchTextProperty().get(), from.get(), to.get(), kind.get(),
                station.get() == null ? null : station.get().id(),
                prosecutor.get() == null ? null : prosecutor.get().id(),
                resolved.get(), isRecycleBin(), sort.get(), descending.get(), pageStart(), pageSize());
    }

    @Override
    protected Page<WorkRow> fetch(WorkQuery query) {
        return work.page(query);
    }

    @Override
    protected long count(WorkQuery query) {
        return work.count(query);
    }

    /** The figures of everything the filters select, recomputed with the count. */
    @Override
    protected Object summarize(WorkQuery query) {
        return work.totals(query);
    }

    @Override
    protected void showSummary(Object summary) {
        WorkTotals t = (WorkTotals) summary;
        totals.set(t);
        totalsText.set(Messages.tr("work.totals", t.count(), t.disputesResolved(),
                Money.formatWan(t.aidPaidFen()), t.audience(), t.serviceHoursDone()));
    }

    @Override
    protected WorkListItem toItem(WorkRow r) {
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

    @Override
    protected String titleKey() {
        return "work.title";
    }

    @Override
    protected WorkQuery fromFirstPage(WorkQuery query) {
        return query.after(null);
    }

    @Override
    protected long exportNow(WorkQuery query, boolean unmasked, Path target, boolean overwrite) {
        return work.export(query, unmasked, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "work.recycleBin.title" : "work.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        work.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        work.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "work.deleted";
    }

    @Override
    protected String restoredKey() {
        return "work.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "work.delete";
    }

    @Override
    protected String restoreFailedKey() {
        return "work.restore";
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<WorkKind> kindProperty() { return kind; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<Boolean> resolvedProperty() { return resolved; }
    public ObjectProperty<WorkSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    /** The figures of everything the filters select (null until the first load). */
    public ReadOnlyObjectProperty<WorkTotals> totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyStringProperty totalsTextProperty() { return totalsText.getReadOnlyProperty(); }
}
