package org.liaisondesk.register.cases.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
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
 * before they reach a table cell. The problem filter (问题类型) offers the problems already used in the chosen field
 * (in every field while none is chosen), reloaded in the background when the field filter changes.
 */
public final class MatterListViewModel extends PagedListViewModel<MatterQuery, MatterRow, MatterListItem> {
    private final MatterService matters;
    private final RosterService roster;
    private final ReferenceService reference;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<BusinessLine> businessLine = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferenceItem> business = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<MatterStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<MatterSort> sort = new SimpleObjectProperty<>(MatterSort.ACCEPTED_ON);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableList<ReferenceItem> businesses = FXCollections.observableArrayList();
    private final ObservableList<String> problemChoices = FXCollections.observableArrayList();
    private long problemGeneration;

    private record PickLists(List<Station> stations, List<Prosecutor> prosecutors, List<ReferenceItem> businesses) {
    }

    public MatterListViewModel(MatterService matters, RosterService roster, ReferenceService reference,
                               BackgroundExecutor executor, DialogService dialogs, IntSupplier pageSize,
                               boolean recycleBin) {
        super(executor, dialogs, pageSize, recycleBin);
        this.matters = matters;
        this.roster = roster;
        this.reference = reference;
        field.addListener((obs, was, now) -> loadProblemChoices());
    }

    /**
     * Reloads the station, prosecutor and business pick lists, keeping the chosen filters that still exist, and the
     * problems the problem filter offers.
     */
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
        loadProblemChoices();
    }

    /**
     * Reloads the problems (问题类型) the filter offers: those used in the chosen field, or in every field. The
     * problem typed or chosen stays as it is; a result overtaken by a newer field is dropped.
     */
    public void loadProblemChoices() {
        SupervisionField chosen = field.get();
        long mine = ++problemGeneration;
        executor.run(() -> matters.problems(chosen), found -> {
            if (mine == problemGeneration) {
                problemChoices.setAll(found);
            }
        }, e -> dialogs.showError(Messages.tr("cases.title"), ErrorText.of(e)));
    }

    public void sortBy(MatterSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        from.set(null);
        to.set(null);
        businessLine.set(null);
        business.set(null);
        field.set(null);
        problem.set("");
        status.set(null);
        station.set(null);
        prosecutor.set(null);
        refresh();
    }

    /** The list's query as it stands (filters, sort, current page): also what an export of the list runs. */
    @Override
    public MatterQuery query() {
        return new MatterQuery(searchTextProperty().get(), from.get(), to.get(), businessLine.get(),
                business.get() == null ? null : business.get().id(), field.get(), problem.get(), status.get(),
                station.get() == null ? null : station.get().id(),
                prosecutor.get() == null ? null : prosecutor.get().id(),
                isRecycleBin(), sort.get(), descending.get(), pageStart(), pageSize());
    }

    @Override
    protected Page<MatterRow> fetch(MatterQuery query) {
        return matters.page(query);
    }

    @Override
    protected long count(MatterQuery query) {
        return matters.count(query);
    }

    @Override
    protected MatterListItem toItem(MatterRow r) {
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
                Messages.tr(r.field().messageKey()), r.problem(), maskParties(r.parties()), r.prosecutorName(), status,
                r.linkCount() == 0 ? "" : String.valueOf(r.linkCount()), r.involvesMinor());
    }

    /** Each party's name masked on its own: 王秀英、张强 → 王某某、张某. */
    static String maskParties(String parties) {
        return PartyMasking.mask(parties);
    }

    @Override
    protected String titleKey() {
        return "cases.title";
    }

    @Override
    protected MatterQuery fromFirstPage(MatterQuery query) {
        return query.after(null);
    }

    @Override
    protected long exportNow(MatterQuery query, boolean unmasked, Path target, boolean overwrite) {
        return matters.export(query, unmasked, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "cases.recycleBin.title" : "cases.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        matters.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        matters.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "cases.deleted";
    }

    @Override
    protected String restoredKey() {
        return "cases.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "cases.delete";
    }

    @Override
    protected String restoreFailedKey() {
        return "cases.restore";
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<BusinessLine> businessLineProperty() { return businessLine; }
    public ObjectProperty<ReferenceItem> businessProperty() { return business; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<MatterStatus> statusProperty() { return status; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<MatterSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ObservableList<ReferenceItem> businesses() { return businesses; }
    public ObservableList<String> problemChoices() { return problemChoices; }
}
