package org.liaisondesk.register.leads.ui;

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
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
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
 * before they reach a table cell. The problem filter (问题类型) offers the problems already used in the chosen field
 * (in every field while none is chosen), reloaded in the background when the field filter changes.
 */
public final class LeadListViewModel extends PagedListViewModel<LeadQuery, LeadRow, LeadListItem> {
    private static final int DESCRIPTION_LENGTH = 120;

    private final LeadService leads;
    private final RosterService roster;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LeadSource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Triage> triage = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> minStars = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final BooleanProperty notFedBack = new SimpleBooleanProperty(false);
    private final ObjectProperty<LeadSort> sort = new SimpleObjectProperty<>(LeadSort.RECEIVED);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<String> problemChoices = FXCollections.observableArrayList();
    private long problemGeneration;

    public LeadListViewModel(LeadService leads, RosterService roster, BackgroundExecutor executor,
                             DialogService dialogs, IntSupplier pageSize, boolean recycleBin) {
        super(executor, dialogs, pageSize, recycleBin);
        this.leads = leads;
        this.roster = roster;
        field.addListener((obs, was, now) -> loadProblemChoices());
    }

    /** Reloads the station pick list and the problems the problem filter offers. */
    public void loadReferenceLists() {
        executor.run(roster::stations, list -> {
            Station keep = station.get();
            stations.setAll(list);
            station.set(keep != null && list.contains(keep) ? keep : null);
        }, e -> dialogs.showError(Messages.tr("leads.title"), ErrorText.of(e)));
        loadProblemChoices();
    }

    /**
     * Reloads the problems (问题类型) the filter offers: those used in the chosen field, or in every field. The
     * problem typed or chosen stays as it is; a result overtaken by a newer field is dropped.
     */
    public void loadProblemChoices() {
        SupervisionField chosen = field.get();
        long mine = ++problemGeneration;
        executor.run(() -> leads.problems(chosen), found -> {
            if (mine == problemGeneration) {
                problemChoices.setAll(found);
            }
        }, e -> dialogs.showError(Messages.tr("leads.title"), ErrorText.of(e)));
    }

    public void sortBy(LeadSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        from.set(null);
        to.set(null);
        source.set(null);
        field.set(null);
        problem.set("");
        triage.set(null);
        minStars.set(null);
        station.set(null);
        notFedBack.set(false);
        refresh();
    }

    /** The query the list shows now (the current page's start included): what an export would ask for. */
    @Override
    public LeadQuery query() {
        return new LeadQuery(searchTextProperty().get(), from.get(), to.get(), source.get(), field.get(), problem.get(),
                triage.get(), minStars.get(), station.get() == null ? null : station.get().id(), notFedBack.get(),
                isRecycleBin(), sort.get(), descending.get(), pageStart(), pageSize());
    }

    @Override
    protected Page<LeadRow> fetch(LeadQuery query) {
        return leads.page(query);
    }

    @Override
    protected long count(LeadQuery query) {
        return leads.count(query);
    }

    @Override
    protected LeadListItem toItem(LeadRow r) {
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
                r.stationName(), place, Messages.tr(r.field().messageKey()), r.problem(), description, stars, triage,
                feedback, r.caseNumbers(), r.awaitingFeedback(), minor);
    }

    @Override
    protected String titleKey() {
        return "leads.title";
    }

    @Override
    protected LeadQuery fromFirstPage(LeadQuery query) {
        return query.after(null);
    }

    @Override
    protected long exportNow(LeadQuery query, boolean unmasked, Path target, boolean overwrite) {
        return leads.export(query, unmasked, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "leads.recycleBin.title" : "leads.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        leads.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        leads.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "leads.deleted";
    }

    @Override
    protected String restoredKey() {
        return "leads.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "leads.delete";
    }

    @Override
    protected String restoreFailedKey() {
        return "leads.restore";
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<LeadSource> sourceProperty() { return source; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<Triage> triageProperty() { return triage; }
    public ObjectProperty<Integer> minStarsProperty() { return minStars; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public BooleanProperty notFedBackProperty() { return notFedBack; }
    public ObjectProperty<LeadSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<String> problemChoices() { return problemChoices; }
}
