package org.liaisondesk.register.visits.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
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
 * The state of the visit list: filters, sort, the current page and its count (paging, stale results, delete and
 * restore, export: see {@link PagedListViewModel}). Personal data is masked here, before it reaches a table cell.
 */
public final class VisitListViewModel extends PagedListViewModel<VisitQuery, VisitRow, VisitListItem> {
    private final VisitService visits;
    private final RosterService roster;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitForm> form = new SimpleObjectProperty<>();
    private final ObjectProperty<VisitCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<VisitSort> sort = new SimpleObjectProperty<>(VisitSort.DATE);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();

    private record PickLists(List<Station> stations, List<Prosecutor> prosecutors) {
    }

    public VisitListViewModel(VisitService visits, RosterService roster, BackgroundExecutor executor,
                              DialogService dialogs, IntSupplier pageSize, boolean recycleBin) {
        super(executor, dialogs, pageSize, recycleBin);
        this.visits = visits;
        this.roster = roster;
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

    public void sortBy(VisitSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        from.set(null);
        to.set(null);
        station.set(null);
        prosecutor.set(null);
        form.set(null);
        category.set(null);
        status.set(StatusFilter.ALL);
        refresh();
    }

    @Override
    public VisitQuery query() {
        return new VisitQuery(searchTextProperty().get(), from.get(), to.get(),
                station.get() == null ? null : station.get().id(),
                prosecutor.get() == null ? null : prosecutor.get().id(),
                form.get(), category.get(), status.get(), isRecycleBin(), sort.get(), descending.get(),
                pageStart(), pageSize());
    }

    @Override
    protected Page<VisitRow> fetch(VisitQuery query) {
        return visits.page(query);
    }

    @Override
    protected long count(VisitQuery query) {
        return visits.count(query);
    }

    @Override
    protected List<VisitListItem> toItems(List<VisitRow> rows) {
        LocalDate today = visits.today();
        return rows.stream().map(r -> toItem(r, today)).toList();
    }

    @Override
    protected VisitListItem toItem(VisitRow row) {
        return toItem(row, visits.today());
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

    @Override
    protected String titleKey() {
        return "visits.title";
    }

    @Override
    protected VisitQuery fromFirstPage(VisitQuery query) {
        return query.after(null);
    }

    @Override
    protected long exportNow(VisitQuery query, boolean unmasked, Path target, boolean overwrite) {
        return visits.export(query, unmasked, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "visits.recycleBin.title" : "visits.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        visits.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        visits.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "visits.deleted";
    }

    @Override
    protected String restoredKey() {
        return "visits.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "visits.delete";
    }

    @Override
    protected String restoreFailedKey() {
        return "visits.restore";
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<VisitForm> formProperty() { return form; }
    public ObjectProperty<VisitCategory> categoryProperty() { return category; }
    public ObjectProperty<StatusFilter> statusProperty() { return status; }
    public ObjectProperty<VisitSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
}
