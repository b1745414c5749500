package org.liaisondesk.register.leads.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LeadRating;
import org.liaisondesk.register.leads.model.LeadRules;
import org.liaisondesk.register.leads.model.LeadSource;
import org.liaisondesk.register.leads.model.LinkedCase;
import org.liaisondesk.register.leads.model.LookAlike;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;

/**
 * The lead form's state. Problems are shown inline, per field, once the field was left or a save was tried; a
 * refused save keeps everything that was typed. The stars and their explanation follow the three scores as they
 * are picked; possible duplicates are looked up in the background whenever field, place or date change, and the
 * problems (问题类型) already used in the field are suggested, also loaded in the background when the field changes.
 */
public final class LeadEditorViewModel {
    /** How many roster entries the reporter picker offers at most. */
    public static final int REPORTER_MATCHES = 20;

    private final LeadService service;
    private final LiaisonService liaisons;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Lead original;

    final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LeadSource> source = new SimpleObjectProperty<>();
    final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    final BooleanProperty reporterFromRoster = new SimpleBooleanProperty(true);
    final ObjectProperty<ReporterChoice> reporter = new SimpleObjectProperty<>();
    final StringProperty reporterSearch = new SimpleStringProperty("");
    final StringProperty reporterName = new SimpleStringProperty("");
    final StringProperty reporterPhone = new SimpleStringProperty("");
    final StringProperty town = new SimpleStringProperty("");
    final StringProperty village = new SimpleStringProperty("");
    final StringProperty grid = new SimpleStringProperty("");
    final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    final StringProperty problem = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final ObjectProperty<Integer> ratingIllegality = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> ratingInvestigability = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> ratingValue = new SimpleObjectProperty<>();
    final ObjectProperty<Triage> triage = new SimpleObjectProperty<>(Triage.PENDING);
    final ObjectProperty<LocalDate> triagedOn = new SimpleObjectProperty<>();
    final StringProperty referredTo = new SimpleStringProperty("");
    final StringProperty triageReason = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> fedBackOn = new SimpleObjectProperty<>();
    final StringProperty feedbackNote = new SimpleStringProperty("");

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableList<ReporterChoice> reporterMatches = FXCollections.observableArrayList();
    private final ObservableList<String> lookAlikes = FXCollections.observableArrayList();
    private final ObservableList<String> problemSuggestions = FXCollections.observableArrayList();
    private final ObservableList<String> linkedCases = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private boolean submitted;
    private long reporterSearchGeneration;
    private long lookAlikeGeneration;
    private long problemGeneration;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper starsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ratingExplanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lookAlikeText = new ReadOnlyStringWrapper("");

    public LeadEditorViewModel(LeadService service, LiaisonService liaisons, BackgroundExecutor executor,
                               DialogService dialogs, List<Station> stationList, List<Prosecutor> prosecutorList) {
        this.service = service;
        this.liaisons = liaisons;
        this.executor = executor;
        this.dialogs = dialogs;
        stations.setAll(stationList);
        prosecutors.setAll(prosecutorList);
        for (ObservableValue<?> p : List.of(receivedOn, source, station, prosecutor, reporterFromRoster, reporter,
                reporterName, reporterPhone, town, village, grid, field, problem, description, ratingIllegality,
                ratingInvestigability, ratingValue, triage, triagedOn, referredTo, triageReason, fedBackOn,
                feedbackNote)) {
            p.addListener((obs, was, now) -> revalidate());
        }
        for (ObservableValue<?> p : List.of(ratingIllegality, ratingInvestigability, ratingValue)) {
            p.addListener((obs, was, now) -> updateRating());
        }
        for (ObservableValue<?> p : List.of(field, town, village, receivedOn)) {
            p.addListener((obs, was, now) -> refreshLookAlikes());
        }
        field.addListener((obs, was, now) -> refreshProblemSuggestions());
        triage.addListener((obs, was, now) -> {
            if (now != null && now.decided() && (was == null || !was.decided()) && triagedOn.get() == null) {
                triagedOn.set(service.today());
            }
        });
        updateRating();
    }

    /** A new lead: received today, by the user (and the user's station) when the user is on the prosecutor list. */
    public void startNew(String userName) {
        original = null;
        receivedOn.set(service.today());
        Prosecutor me = prosecutors.stream().filter(p -> p.name().equals(userName)).findFirst().orElse(null);
        prosecutor.set(me);
        station.set(me == null || me.stationId() == null ? (stations.size() == 1 ? stations.get(0) : null)
                : stations.stream().filter(s -> s.id().equals(me.stationId())).findFirst().orElse(null));
        triage.set(Triage.PENDING);
        reporterFromRoster.set(true);
        linkedCases.clear();
    }

    /**
     * Loads a saved lead. {@code rosterReporter} is the roster entry it names (null when typed or anonymous, or
     * when that entry no longer exists), {@code cases} the cases it is linked to.
     */
    public void edit(Lead l, ReporterChoice rosterReporter, List<LinkedCase> cases) {
        original = l;
        receivedOn.set(l.receivedOn());
        source.set(l.source());
        station.set(stations.stream().filter(s -> s.id().equals(l.stationId())).findFirst().orElse(null));
        prosecutor.set(prosecutors.stream().filter(p -> p.id().equals(l.prosecutorId())).findFirst().orElse(null));
        boolean fromRoster = l.reporterLiaisonId() != null;
        reporterFromRoster.set(fromRoster || l.reporterName().isEmpty() && l.reporterPhone().isEmpty());
        // The stored name is kept (so an unchanged form is not "dirty"); the label shows the roster's details.
        reporter.set(fromRoster ? new ReporterChoice(l.reporterLiaisonId(), l.reporterName(),
                rosterReporter != null ? rosterReporter.label() : l.reporterName()) : null);
        reporterName.set(fromRoster ? "" : l.reporterName());
        reporterPhone.set(fromRoster ? "" : l.reporterPhone());
        town.set(l.town());
        village.set(l.village());
        grid.set(l.grid());
        field.set(l.field());
        problem.set(l.problem());
        description.set(l.description());
        ratingIllegality.set(l.ratingIllegality());
        ratingInvestigability.set(l.ratingInvestigability());
        ratingValue.set(l.ratingValue());
        triage.set(l.triage());
        triagedOn.set(l.triagedOn());
        referredTo.set(l.referredTo());
        triageReason.set(l.triageReason());
        fedBackOn.set(l.fedBackOn());
        feedbackNote.set(l.feedbackNote());
        linkedCases.setAll(cases.stream()
                .map(c -> c.officeNumber().isEmpty() ? c.name() : c.officeNumber() + "　" + c.name()).toList());
    }

    public boolean isNew() {
        return original == null;
    }

    /** The form as a lead (not yet normalised or validated). */
    public Lead toLead() {
        boolean fromRoster = reporterFromRoster.get();
        ReporterChoice picked = fromRoster ? reporter.get() : null;
        Triage t = triage.get();
        return Lead.builder()
                .id(original == null ? null : original.id())
                .uuid(original == null ? null : original.uuid())
                .visitId(original == null ? null : original.visitId())
                .receivedOn(receivedOn.get())
                .source(source.get())
                .reporterLiaisonId(picked == null ? null : picked.id())
                .reporterName(fromRoster ? (picked == null ? "" : picked.name()) : reporterName.get())
                .reporterPhone(fromRoster ? "" : reporterPhone.get())
                .stationId(station.get() == null ? null : station.get().id())
                .prosecutorId(prosecutor.get() == null ? null : prosecutor.get().id())
                .town(town.get())
                .village(village.get())
                .grid(grid.get())
                .field(field.get())
                .problem(problem.get())
                .description(description.get())
                .rating(ratingIllegality.get(), ratingInvestigability.get(), ratingValue.get())
                .triage(t)
                .triagedOn(t != null && t.decided() ? triagedOn.get() : null)
                .referredTo(t == Triage.REFERRED ? referredTo.get() : "")
                .triageReason(triageReason.get())
                .fedBackOn(fedBackOn.get())
                .feedbackNote(feedbackNote.get())
                .build();
    }

    /** True when what was typed differs from what was loaded (or a new form has content). */
    public boolean isDirty() {
        Lead now = toLead();
        if (original == null) {
            return !now.description().isBlank() || !now.reporterName().isBlank() || !now.reporterPhone().isBlank()
                    || !now.town().isBlank() || !now.village().isBlank() || !now.problem().isBlank()
                    || !now.rating().isEmpty();
        }
        return !now.equals(original);
    }

    // ------------------------------------------------------------------ reporter picker

    /** Looks up roster entries matching the search text in the background (at most {@link #REPORTER_MATCHES}). */
    public void searchReporters() {
        String text = reporterSearch.get() == null ? "" : reporterSearch.get().strip();
        long mine = ++reporterSearchGeneration;
        if (text.isEmpty()) {
            reporterMatches.clear();
            return;
        }
        executor.run(() -> liaisons.search(text, REPORTER_MATCHES), rows -> {
            if (mine == reporterSearchGeneration) {
                reporterMatches.setAll(rows.stream().map(ReporterChoice::of).toList());
            }
        }, e -> {
            if (mine == reporterSearchGeneration) {
                dialogs.showError(Messages.tr("leads.editor.reporterSearchFailed"), ErrorText.of(e));
            }
        });
    }

    public void pickReporter(ReporterChoice choice) {
        reporter.set(choice);
        reporterSearchGeneration++;
        reporterMatches.clear();
        reporterSearch.set("");
        touch("reporterLiaisonId");
    }

    public void clearReporter() {
        reporter.set(null);
    }

    // ------------------------------------------------------------------ rating and look-alikes

    private void updateRating() {
        LeadRating r = new LeadRating(ratingIllegality.get(), ratingInvestigability.get(), ratingValue.get());
        starsText.set(r.isComplete() ? LeadRating.starText(r.stars()) : Messages.tr("leads.list.unrated"));
        ratingExplanation.set(r.explanation());
    }

    /** Recomputes the duplicate warning in the background; a result overtaken by a newer change is dropped. */
    public void refreshLookAlikes() {
        Lead draft = toLead();
        long mine = ++lookAlikeGeneration;
        if (draft.field() == null || draft.receivedOn() == null || draft.town().isBlank() || draft.village().isBlank()) {
            showLookAlikes(List.of());
            return;
        }
        executor.run(() -> service.lookAlikes(draft), found -> {
            if (mine == lookAlikeGeneration) {
                showLookAlikes(found);
            }
        }, e -> {
            // Only a warning: a failed look-up must not get in the way of entering the lead.
            if (mine == lookAlikeGeneration) {
                showLookAlikes(List.of());
            }
        });
    }

    private void showLookAlikes(List<LookAlike> found) {
        lookAlikes.setAll(found.stream().map(a -> Messages.tr("leads.editor.lookAlikeLine", a.receivedOn().toString(),
                a.place(), Messages.tr(a.source().messageKey()), Messages.tr(a.triage().messageKey()), a.excerpt()))
                .toList());
        lookAlikeText.set(found.isEmpty() ? "" : Messages.tr("leads.editor.lookAlikes", found.size(),
                LookAlike.WINDOW_DAYS));
    }

    /**
     * Reloads the problems suggested for the chosen field in the background (none while no field is chosen); a
     * result overtaken by a newer change of field is dropped. What was typed is never touched.
     */
    public void refreshProblemSuggestions() {
        SupervisionField chosen = field.get();
        long mine = ++problemGeneration;
        if (chosen == null) {
            problemSuggestions.clear();
            return;
        }
        executor.run(() -> service.problems(chosen), found -> {
            if (mine == problemGeneration) {
                problemSuggestions.setAll(found);
            }
        }, e -> {
            // Only a help for typing: a failed look-up leaves the field free to type in.
            if (mine == problemGeneration) {
                problemSuggestions.clear();
            }
        });
    }

    // ------------------------------------------------------------------ validation and saving

    /** The view calls this when the user leaves a field: its problems are shown from then on. */
    public void touch(String fieldName) {
        touched.add(fieldName);
        revalidate();
    }

    /** The view reports a date field whose text could not be read as a date. */
    public void setDateUnreadable(String fieldName, boolean unreadable) {
        if (unreadable ? unreadableDates.add(fieldName) : unreadableDates.remove(fieldName)) {
            revalidate();
        }
    }

    private List<FieldProblem> problems() {
        List<FieldProblem> list = new ArrayList<>();
        for (String f : unreadableDates) {
            list.add(new FieldProblem(f, "common.validation.dateFormat"));
        }
        list.addAll(LeadRules.check(toLead(), service.today()));
        return list;
    }

    private void revalidate() {
        show(problems());
    }

    private void show(List<FieldProblem> problems) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            if (submitted || touched.contains(p.field())) {
                shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
            }
        }
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    /**
     * Validates and saves in the background. On success {@code onSaved} gets the stored lead; on refusal the
     * problems are shown next to their fields and nothing is written.
     */
    public void save(Consumer<Lead> onSaved) {
        submitted = true;
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        saving.set(true);
        executor.run(() -> service.save(toLead()), saved -> {
            saving.set(false);
            original = saved;
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                show(v.problems());
            } else {
                dialogs.showError(Messages.tr("leads.saveFailed"), ErrorText.of(e));
            }
        });
    }

    /** Loads the saved lead's history (修改记录) in the background. */
    public void loadHistory(Consumer<List<HistoryEntry>> onLoaded) {
        if (original == null) {
            return;
        }
        long id = original.id();
        executor.run(() -> service.history(id), onLoaded,
                e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    /** The form's label of a field: its {@code leads.field.*} text, else the shared {@code field.*} one. */
    static String label(String fieldName) {
        for (String key : List.of("leads.field." + fieldName, "field." + fieldName)) {
            if (Messages.current().has(key)) {
                return Messages.tr(key);
            }
        }
        return fieldName;
    }

    public ObservableMap<String, String> errors() { return errors; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ObservableList<ReporterChoice> reporterMatches() { return reporterMatches; }
    public ObservableList<String> lookAlikes() { return lookAlikes; }
    public ObservableList<String> problemSuggestions() { return problemSuggestions; }
    public ObservableList<String> linkedCases() { return linkedCases; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty starsTextProperty() { return starsText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty ratingExplanationProperty() { return ratingExplanation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lookAlikeTextProperty() { return lookAlikeText.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> receivedOnProperty() { return receivedOn; }
    public ObjectProperty<LeadSource> sourceProperty() { return source; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public BooleanProperty reporterFromRosterProperty() { return reporterFromRoster; }
    public ObjectProperty<ReporterChoice> reporterProperty() { return reporter; }
    public StringProperty reporterSearchProperty() { return reporterSearch; }
    public StringProperty reporterNameProperty() { return reporterName; }
    public StringProperty reporterPhoneProperty() { return reporterPhone; }
    public StringProperty townProperty() { return town; }
    public StringProperty villageProperty() { return village; }
    public StringProperty gridProperty() { return grid; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<Integer> ratingIllegalityProperty() { return ratingIllegality; }
    public ObjectProperty<Integer> ratingInvestigabilityProperty() { return ratingInvestigability; }
    public ObjectProperty<Integer> ratingValueProperty() { return ratingValue; }
    public ObjectProperty<Triage> triageProperty() { return triage; }
    public ObjectProperty<LocalDate> triagedOnProperty() { return triagedOn; }
    public StringProperty referredToProperty() { return referredTo; }
    public StringProperty triageReasonProperty() { return triageReason; }
    public ObjectProperty<LocalDate> fedBackOnProperty() { return fedBackOn; }
    public StringProperty feedbackNoteProperty() { return feedbackNote; }
}
