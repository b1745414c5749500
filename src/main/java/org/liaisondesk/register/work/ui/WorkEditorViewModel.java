package org.liaisondesk.register.work.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Money;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.work.model.MatterRef;
import org.liaisondesk.register.work.model.PanelMember;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkRules;
import org.liaisondesk.register.work.service.WorkService;

/**
 * The activity form's state. The fields shown follow the kind; problems are shown inline, per field, once the
 * field was left or a save was tried; a refused save keeps everything that was typed. Amounts are typed in yuan
 * and stored in fen; the linked case and the hearing panel are picked from background searches; the
 * community-service log is edited in place and its hours are added up as the user types.
 */
public final class WorkEditorViewModel {
    /** How many matches a picker offers. */
    public static final int PICKER_LIMIT = 8;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final WorkService service;
    private final LiaisonService liaisons;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private WorkActivity original;

    final ObjectProperty<WorkKind> kind = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    final ObjectProperty<MatterRef> matter = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final BooleanProperty involvesMinor = new SimpleBooleanProperty();
    final StringProperty parties = new SimpleStringProperty("");
    final StringProperty mediator = new SimpleStringProperty("");
    final StringProperty channel = new SimpleStringProperty("");
    final StringProperty outcome = new SimpleStringProperty("");
    final BooleanProperty resolved = new SimpleBooleanProperty();
    final StringProperty applicantName = new SimpleStringProperty("");
    final StringProperty applicantIdNumber = new SimpleStringProperty("");
    final StringProperty amountApproved = new SimpleStringProperty("");
    final StringProperty amountPaid = new SimpleStringProperty("");
    final StringProperty hearingType = new SimpleStringProperty("");
    final StringProperty topic = new SimpleStringProperty("");
    final StringProperty audienceCount = new SimpleStringProperty("");
    final StringProperty hoursAgreed = new SimpleStringProperty("");
    final StringProperty assessment = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<PanelMember> panel = FXCollections.observableArrayList();
    private final ObservableList<ServiceSession> serviceLog = FXCollections.observableArrayList();

    private final StringProperty matterSearch = new SimpleStringProperty("");
    private final ObservableList<MatterRef> matterResults = FXCollections.observableArrayList();
    private final StringProperty panelSearch = new SimpleStringProperty("");
    private final ObservableList<PanelMember> panelResults = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> sessionDate = new SimpleObjectProperty<>();
    private final StringProperty sessionHours = new SimpleStringProperty("");
    private final StringProperty sessionNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sessionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursDoneText = new ReadOnlyStringWrapper("");

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private boolean submitted;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private long matterSearchGeneration;
    private long panelSearchGeneration;

    public WorkEditorViewModel(WorkService service, LiaisonService liaisons, BackgroundExecutor executor,
                               DialogService dialogs, List<Station> stationList, List<Prosecutor> prosecutorList) {
        this.service = service;
        this.liaisons = liaisons;
        this.executor = executor;
        this.dialogs = dialogs;
        stations.setAll(stationList);
        prosecutors.setAll(prosecutorList);
        for (ObservableValue<?> p : List.of(kind, heldOn, station, prosecutor, matter, title, place, parties, mediator,
                channel, outcome, resolved, applicantName, applicantIdNumber, amountApproved, amountPaid, hearingType,
                topic, audienceCount, hoursAgreed, assessment, note)) {
            p.addListener((obs, was, now) -> revalidate());
        }
        panel.addListener((ListChangeListener<PanelMember>) c -> revalidate());
        serviceLog.addListener((ListChangeListener<ServiceSession>) c -> {
            revalidate();
            updateHoursDone();
        });
        hoursAgreed.addListener((obs, was, now) -> updateHoursDone());
        updateHoursDone();
    }

    /** A new activity of {@code kindForNew} (mediation when null): today, the user's own name and station. */
    public void startNew(WorkKind kindForNew, String userName) {
        original = null;
        kind.set(kindForNew == null ? WorkKind.MEDIATION : kindForNew);
        heldOn.set(service.today());
        Prosecutor me = prosecutors.stream().filter(p -> p.name().equals(userName)).findFirst().orElse(null);
        prosecutor.set(me);
        station.set(me == null || me.stationId() == null ? (stations.size() == 1 ? stations.get(0) : null)
                : stations.stream().filter(s -> s.id().equals(me.stationId())).findFirst().orElse(null));
        sessionDate.set(service.today());
    }

    /** Loads a stored activity; {@code linked} is its case (null when none). */
    public void edit(WorkActivity a, MatterRef linked) {
        original = a;
        kind.set(a.kind());
        heldOn.set(a.heldOn());
        station.set(stations.stream().filter(s -> s.id().equals(a.stationId())).findFirst().orElse(null));
        prosecutor.set(prosecutors.stream().filter(p -> p.id().equals(a.prosecutorId())).findFirst().orElse(null));
        matter.set(linked);
        title.set(a.title());
        place.set(a.place());
        involvesMinor.set(a.involvesMinor());
        parties.set(a.parties());
        mediator.set(a.mediator());
        channel.set(a.channel());
        outcome.set(a.outcome());
        resolved.set(Boolean.TRUE.equals(a.resolved()));
        applicantName.set(a.applicantName());
        applicantIdNumber.set(a.applicantIdNumber());
        amountApproved.set(a.amountApprovedFen() == null ? "" : Money.plainYuan(a.amountApprovedFen()));
        amountPaid.set(a.amountPaidFen() == null ? "" : Money.plainYuan(a.amountPaidFen()));
        hearingType.set(a.hearingType());
        topic.set(a.topic());
        audienceCount.set(a.audienceCount() == null ? "" : a.audienceCount().toString());
        hoursAgreed.set(a.hoursAgreed() == null ? "" : a.hoursAgreed().toString());
        assessment.set(a.assessment());
        note.set(a.note());
        panel.setAll(a.panel());
        serviceLog.setAll(a.serviceLog());
        sessionDate.set(service.today());
    }

    public boolean isNew() {
        return original == null;
    }

    /** The stored activity being edited, or null for a new one. */
    public WorkActivity original() {
        return original;
    }

    /** The form as an activity of its kind (not yet normalised or validated); unreadable numbers are null. */
    public WorkActivity toActivity() {
        return WorkActivity.builder()
                .id(original == null ? null : original.id())
                .uuid(original == null ? null : original.uuid())
                .kind(kind.get())
                .heldOn(heldOn.get())
                .stationId(station.get() == null ? null : station.get().id())
                .prosecutorId(prosecutor.get() == null ? null : prosecutor.get().id())
                .matterId(matter.get() == null ? null : matter.get().id())
                .title(title.get())
                .place(place.get())
                .involvesMinor(involvesMinor.get())
                .parties(parties.get())
                .mediator(mediator.get())
                .channel(channel.get())
                .outcome(outcome.get())
                .resolved(resolved.get())
                .applicantName(applicantName.get())
                .applicantIdNumber(applicantIdNumber.get())
                .amountApprovedFen(fen(amountApproved.get()))
                .amountPaidFen(fen(amountPaid.get()))
                .hearingType(hearingType.get())
                .panel(List.copyOf(panel))
                .topic(topic.get())
                .audienceCount(wholeNumber(audienceCount.get()))
                .hoursAgreed(wholeNumber(hoursAgreed.get()))
                .serviceLog(List.copyOf(serviceLog))
                .assessment(assessment.get())
                .note(note.get())
                .build()
                .withOnlyKindFields();
    }

    private static Long fen(String typed) {
        return typed == null || typed.isBlank() || Money.problem(typed).isPresent() ? null : Money.parseYuan(typed);
    }

    /** A count typed with ASCII or full-width digits, thousands separators allowed; null when blank or unreadable. */
    static Integer wholeNumber(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c != ',' && c != '，') {
                digits.append(c);
            }
        }
        return WHOLE_NUMBER.matcher(digits).matches() ? Integer.valueOf(digits.toString()) : null;
    }

    /** True when what was typed differs from what was loaded (or a new form has content). */
    public boolean isDirty() {
        if (original == null) {
            return !panel.isEmpty() || !serviceLog.isEmpty() || matter.get() != null
                    || List.of(title, place, parties, mediator, channel, outcome, applicantName, applicantIdNumber,
                            amountApproved, amountPaid, hearingType, topic, audienceCount, hoursAgreed, assessment, note)
                    .stream().anyMatch(p -> !p.get().isBlank());
        }
        return !toActivity().equals(original.withOnlyKindFields());
    }

    /** The view calls this when the user leaves a field: its problems are shown from then on. */
    public void touch(String field) {
        touched.add(field);
        revalidate();
    }

    /** The view reports a date field whose text could not be read as a date. */
    public void setDateUnreadable(String field, boolean unreadable) {
        if (unreadable ? unreadableDates.add(field) : unreadableDates.remove(field)) {
            revalidate();
        }
    }

    private List<FieldProblem> problems() {
        List<FieldProblem> list = new ArrayList<>();
        for (String field : unreadableDates) {
            list.add(new FieldProblem(field, "common.validation.dateFormat"));
        }
        WorkKind k = kind.get();
        if (k != null) {
            moneyProblem(k, WorkActivity.AMOUNT_APPROVED, amountApproved.get(), list);
            moneyProblem(k, WorkActivity.AMOUNT_PAID, amountPaid.get(), list);
            numberProblem(k, WorkActivity.AUDIENCE_COUNT, audienceCount.get(), list);
            numberProblem(k, WorkActivity.HOURS_AGREED, hoursAgreed.get(), list);
        }
        list.addAll(WorkRules.check(toActivity(), service.today()));
        return list;
    }

    private static void moneyProblem(WorkKind k, String field, String typed, List<FieldProblem> list) {
        if (k.uses(field) && !typed.isBlank()) {
            Money.problem(typed).ifPresent(key -> list.add(new FieldProblem(field, key)));
        }
    }

    private static void numberProblem(WorkKind k, String field, String typed, List<FieldProblem> list) {
        if (k.uses(field) && !typed.isBlank() && wholeNumber(typed) == null) {
            list.add(new FieldProblem(field, "work.validation.wholeNumber"));
        }
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

    private void updateHoursDone() {
        int done = serviceLog.stream().mapToInt(ServiceSession::hours).sum();
        Integer agreed = wholeNumber(hoursAgreed.get());
        hoursDoneText.set(Messages.tr("work.editor.hoursDone", done, agreed == null ? "—" : agreed.toString()));
    }

    // ------------------------------------------------------------------ community-service log

    /** Adds the session typed in the entry row to the log; a problem is shown in {@link #sessionErrorProperty()}. */
    public boolean addSession() {
        Integer hours = wholeNumber(sessionHours.get());
        ServiceSession s = ServiceSession.of(sessionDate.get(), hours == null ? 0 : hours, sessionNote.get());
        Optional<WorkRules.SessionProblem> problem = WorkRules.sessionProblem(s, heldOn.get(), service.today());
        if (problem.isPresent()) {
            sessionError.set(Messages.tr(problem.get().inputKey(), WorkRules.MIN_SESSION_HOURS,
                    WorkRules.MAX_SESSION_HOURS, WorkRules.MAX_TEXT_LENGTH));
            return false;
        }
        sessionError.set("");
        serviceLog.add(s);
        sessionHours.set("");
        sessionNote.set("");
        return true;
    }

    public void removeSessions(List<ServiceSession> sessions) {
        serviceLog.removeAll(sessions);
    }

    // ------------------------------------------------------------------ linked case

    /** Searches live cases for the words typed in the case picker, in the background; nothing typed offers nothing. */
    public void searchMatters() {
        String text = matterSearch.get();
        long mine = ++matterSearchGeneration;
        if (text.isBlank()) {
            matterResults.clear();
            return;
        }
        executor.run(() -> service.searchMatters(text, PICKER_LIMIT), found -> {
            if (mine == matterSearchGeneration) {
                matterResults.setAll(found);
            }
        }, e -> dialogs.showError(Messages.tr("work.title"), ErrorText.of(e)));
    }

    public void pickMatter(MatterRef m) {
        matter.set(m);
        matterResults.clear();
        matterSearch.set("");
    }

    public void clearMatter() {
        matter.set(null);
    }

    // ------------------------------------------------------------------ hearing panel

    /** Searches the roster for the words typed in the panel picker, in the background; members already chosen are left out. */
    public void searchPanel() {
        String text = panelSearch.get();
        long mine = ++panelSearchGeneration;
        int wanted = PICKER_LIMIT + panel.size();
        executor.run(() -> liaisons.search(text, wanted), rows -> {
            if (mine != panelSearchGeneration) {
                return;
            }
            Set<Long> chosen = new HashSet<>();
            panel.forEach(m -> chosen.add(m.liaisonId()));
            panelResults.setAll(rows.stream().filter(r -> !chosen.contains(r.liaison().id())).limit(PICKER_LIMIT)
                    .map(r -> new PanelMember(r.liaison().id(), r.liaison().name(), r.roleName())).toList());
        }, e -> dialogs.showError(Messages.tr("work.title"), ErrorText.of(e)));
    }

    public void addPanelMember(PanelMember m) {
        if (panel.stream().noneMatch(p -> p.liaisonId() == m.liaisonId())) {
            panel.add(m);
        }
        panelResults.remove(m);
    }

    public void removePanelMembers(List<PanelMember> members) {
        panel.removeAll(members);
    }

    // ------------------------------------------------------------------ history and save

    /** Loads the saved activity's history in the background and hands it over as the history dialog's lines. */
    public void loadHistory(Consumer<List<HistoryDialog.Line>> onLoaded) {
        if (original == null) {
            return;
        }
        long id = original.id();
        List<Station> stationList = List.copyOf(stations);
        List<Prosecutor> prosecutorList = List.copyOf(prosecutors);
        executor.run(() -> {
            List<HistoryEntry> entries = service.history(id);
            Map<Long, String> matters = new LinkedHashMap<>();
            for (Long matterId : WorkHistory.matterIds(entries)) {
                service.findMatter(matterId).ifPresent(m -> matters.put(matterId, m.label()));
            }
            return WorkHistory.lines(entries, new WorkHistory.Names(stationList, prosecutorList, matters));
        }, onLoaded::accept, e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    /**
     * Validates and saves in the background. On success {@code onSaved} gets the stored activity; on refusal
     * the problems are shown next to their fields and nothing is written.
     */
    public void save(Consumer<WorkActivity> onSaved) {
        submitted = true;
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        saving.set(true);
        WorkActivity activity = toActivity();
        executor.run(() -> service.save(activity), saved -> {
            saving.set(false);
            original = saved;
            serviceLog.setAll(saved.serviceLog());
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                show(v.problems());
            } else {
                dialogs.showError(Messages.tr("work.saveFailed"), ErrorText.of(e));
            }
        });
    }

    public ObservableMap<String, String> errors() { return errors; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ObjectProperty<WorkKind> kindProperty() { return kind; }
    public ObjectProperty<LocalDate> heldOnProperty() { return heldOn; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<MatterRef> matterProperty() { return matter; }
    public StringProperty titleProperty() { return title; }
    public StringProperty placeProperty() { return place; }
    public BooleanProperty involvesMinorProperty() { return involvesMinor; }
    public StringProperty partiesProperty() { return parties; }
    public StringProperty mediatorProperty() { return mediator; }
    public StringProperty channelProperty() { return channel; }
    public StringProperty outcomeProperty() { return outcome; }
    public BooleanProperty resolvedProperty() { return resolved; }
    public StringProperty applicantNameProperty() { return applicantName; }
    public StringProperty applicantIdNumberProperty() { return applicantIdNumber; }
    public StringProperty amountApprovedProperty() { return amountApproved; }
    public StringProperty amountPaidProperty() { return amountPaid; }
    public StringProperty hearingTypeProperty() { return hearingType; }
    public StringProperty topicProperty() { return topic; }
    public StringProperty audienceCountProperty() { return audienceCount; }
    public StringProperty hoursAgreedProperty() { return hoursAgreed; }
    public StringProperty assessmentProperty() { return assessment; }
    public StringProperty noteProperty() { return note; }
    public ObservableList<PanelMember> panel() { return panel; }
    public ObservableList<ServiceSession> serviceLog() { return serviceLog; }
    public StringProperty matterSearchProperty() { return matterSearch; }
    public ObservableList<MatterRef> matterResults() { return matterResults; }
    public StringProperty panelSearchProperty() { return panelSearch; }
    public ObservableList<PanelMember> panelResults() { return panelResults; }
    public ObjectProperty<LocalDate> sessionDateProperty() { return sessionDate; }
    public StringProperty sessionHoursProperty() { return sessionHours; }
    public StringProperty sessionNoteProperty() { return sessionNote; }
    public ReadOnlyStringProperty sessionErrorProperty() { return sessionError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hoursDoneTextProperty() { return hoursDoneText.getReadOnlyProperty(); }
}
