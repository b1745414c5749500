package org.liaisondesk.register.visits.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitDeadlines;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.register.visits.model.VisitRules;
import org.liaisondesk.register.visits.service.VisitService;

/**
 * The visit form's state. Problems are shown inline, per field, once the field was left or a save was tried;
 * a refused save keeps everything that was typed. Petition deadlines are recomputed as the user types.
 */
public final class VisitEditorViewModel {
    private final VisitService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Visit original;

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    final ObjectProperty<VisitForm> form = new SimpleObjectProperty<>();
    final ObjectProperty<VisitCategory> category = new SimpleObjectProperty<>();
    final StringProperty visitorName = new SimpleStringProperty("");
    final StringProperty visitorPhone = new SimpleStringProperty("");
    final StringProperty visitorIdNumber = new SimpleStringProperty("");
    final IntegerProperty peopleCount = new SimpleIntegerProperty(1);
    final BooleanProperty involvesMinor = new SimpleBooleanProperty();
    final StringProperty summary = new SimpleStringProperty("");
    final ObjectProperty<Handling> handling = new SimpleObjectProperty<>(Handling.PENDING);
    final StringProperty handlingNote = new SimpleStringProperty("");
    final StringProperty referredTo = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> followUpDue = new SimpleObjectProperty<>();
    final StringProperty followUpResult = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> noticeSentOn = new SimpleObjectProperty<>();
    final BooleanProperty resultExtended = new SimpleBooleanProperty();
    final ObjectProperty<LocalDate> concludedOn = new SimpleObjectProperty<>();

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private boolean submitted;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper noticeDueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultDueText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> lookAlikes = FXCollections.observableArrayList();
    private long lookAlikeQuery;
    private final BooleanBinding petition = Bindings.createBooleanBinding(
            () -> category.get() == VisitCategory.PETITION, category);

    public VisitEditorViewModel(VisitService service, BackgroundExecutor executor, DialogService dialogs,
                                List<Station> stationList, List<Prosecutor> prosecutorList) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        stations.setAll(stationList);
        prosecutors.setAll(prosecutorList);
        for (ObservableValue<?> p : List.of(date, station, prosecutor, form, category, visitorName, visitorPhone,
                visitorIdNumber, peopleCount, summary, handling, handlingNote, referredTo, followUpDue,
                followUpResult, noticeSentOn, resultExtended, concludedOn)) {
            p.addListener((obs, was, now) -> revalidate());
        }
        for (ObservableValue<?> p : List.of(date, category, noticeSentOn, resultExtended, concludedOn)) {
            p.addListener((obs, was, now) -> updateDeadlines());
        }
        for (ObservableValue<?> p : List.of(date, visitorName, visitorPhone, visitorIdNumber)) {
            p.addListener((obs, was, now) -> refreshLookAlikes());
        }
    }

    /**
     * Looks in the background for visits of what seems the same person (same ID number, phone, or name on the
     * same day) and lists them, masked, as a warning under the form. Never blocks saving.
     */
    private void refreshLookAlikes() {
        Visit draft = toVisit();
        long mine = ++lookAlikeQuery;
        if (draft.visitorIdNumber().isBlank() && draft.visitorPhone().isBlank() && draft.visitorName().isBlank()) {
            lookAlikes.clear();
            return;
        }
        executor.run(() -> service.lookAlikes(draft), rows -> {
            if (mine == lookAlikeQuery) {
                lookAlikes.setAll(rows.stream().map(r -> Messages.tr("visits.lookAlike", r.date().toString(),
                        r.stationName(), Masking.maskName(r.visitorName()), Masking.maskPhone(r.visitorPhone()),
                        r.summary().length() > 30 ? r.summary().substring(0, 30) + "…" : r.summary())).toList());
            }
        }, e -> lookAlikes.clear());
    }

    /** Warnings about possible duplicates of this visit, already in words and masked. */
    public ObservableList<String> lookAlikes() {
        return lookAlikes;
    }

    /** The saved visit's history, oldest first (empty for a new visit). */
    public void loadHistory(java.util.function.Consumer<List<org.liaisondesk.common.model.HistoryEntry>> show) {
        if (original == null) {
            return;
        }
        long id = original.id();
        executor.run(() -> service.history(id), show, e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    /** A new visit: today, the user's own name and station when the user is on the prosecutor list. */
    public void startNew(String userName) {
        original = null;
        date.set(service.today());
        Prosecutor me = prosecutors.stream().filter(p -> p.name().equals(userName)).findFirst().orElse(null);
        prosecutor.set(me);
        station.set(me == null || me.stationId() == null ? (stations.size() == 1 ? stations.get(0) : null)
                : stations.stream().filter(s -> s.id().equals(me.stationId())).findFirst().orElse(null));
        form.set(VisitForm.IN_PERSON);
        category.set(VisitCategory.CONSULTATION);
        handling.set(Handling.PENDING);
        peopleCount.set(1);
        updateDeadlines();
    }

    public void edit(Visit v) {
        original = v;
        date.set(v.date());
        station.set(stations.stream().filter(s -> s.id().equals(v.stationId())).findFirst().orElse(null));
        prosecutor.set(prosecutors.stream().filter(p -> p.id().equals(v.prosecutorId())).findFirst().orElse(null));
        form.set(v.form());
        category.set(v.category());
        visitorName.set(v.visitorName());
        visitorPhone.set(v.visitorPhone());
        visitorIdNumber.set(v.visitorIdNumber());
        peopleCount.set(v.peopleCount());
        involvesMinor.set(v.involvesMinor());
        summary.set(v.summary());
        handling.set(v.handling());
        handlingNote.set(v.handlingNote());
        referredTo.set(v.referredTo());
        followUpDue.set(v.followUpDue());
        followUpResult.set(v.followUpResult());
        noticeSentOn.set(v.noticeSentOn());
        resultExtended.set(v.resultExtended());
        concludedOn.set(v.concludedOn());
        updateDeadlines();
    }

    public boolean isNew() {
        return original == null;
    }

    /** The form as a visit (not yet normalised or validated). */
    public Visit toVisit() {
        return Visit.builder()
                .id(original == null ? null : original.id())
                .uuid(original == null ? null : original.uuid())
                .date(date.get())
                .stationId(station.get() == null ? null : station.get().id())
                .prosecutorId(prosecutor.get() == null ? null : prosecutor.get().id())
                .form(form.get())
                .category(category.get())
                .visitorName(visitorName.get())
                .visitorPhone(visitorPhone.get())
                .visitorIdNumber(visitorIdNumber.get())
                .peopleCount(peopleCount.get())
                .involvesMinor(involvesMinor.get())
                .summary(summary.get())
                .handling(handling.get())
                .handlingNote(handlingNote.get())
                .referredTo(referredTo.get())
                .followUpDue(followUpDue.get())
                .followUpResult(followUpResult.get())
                .noticeSentOn(category.get() == VisitCategory.PETITION ? noticeSentOn.get() : null)
                .resultExtended(category.get() == VisitCategory.PETITION && resultExtended.get())
                .concludedOn(concludedOn.get())
                .build();
    }

    /** True when what was typed differs from what was loaded (or a new form has content). */
    public boolean isDirty() {
        Visit now = toVisit();
        if (original == null) {
            return !now.summary().isBlank() || !now.visitorName().isBlank() || !now.visitorPhone().isBlank()
                    || !now.visitorIdNumber().isBlank();
        }
        return !now.equals(original);
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
        List<FieldProblem> list = new java.util.ArrayList<>();
        for (String field : unreadableDates) {
            list.add(new FieldProblem(field, "common.validation.dateFormat"));
        }
        list.addAll(VisitRules.check(toVisit(), service.today()));
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

    private void updateDeadlines() {
        Visit v = toVisit();
        if (v.date() == null || !v.isPetition()) {
            noticeDueText.set("");
            resultDueText.set("");
            return;
        }
        VisitDeadlines d = service.deadlinesOf(v);
        noticeDueText.set(describe(d.noticeDue(), v.noticeSentOn() != null ? v.noticeSentOn() : v.concludedOn()));
        resultDueText.set(describe(d.resultDue(), v.concludedOn()));
    }

    private String describe(LocalDate due, LocalDate doneOn) {
        DeadlineStatus st = DeadlineStatus.of(due, doneOn, service.today(), service.reminderLeadDays());
        return due + " " + Messages.tr(st.messageKey());
    }

    /**
     * Validates and saves in the background. On success {@code onSaved} gets the stored visit; on refusal
     * the problems are shown next to their fields and nothing is written.
     */
    public void save(Consumer<Visit> onSaved) {
        submitted = true;
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        saving.set(true);
        executor.run(() -> service.save(toVisit()), saved -> {
            saving.set(false);
            original = saved;
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                show(v.problems());
            } else {
                dialogs.showError(Messages.tr("visits.saveFailed"), ErrorText.of(e));
            }
        });
    }

    public ObservableMap<String, String> errors() { return errors; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeDueTextProperty() { return noticeDueText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultDueTextProperty() { return resultDueText.getReadOnlyProperty(); }
    public BooleanBinding petitionProperty() { return petition; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<VisitForm> formProperty() { return form; }
    public ObjectProperty<VisitCategory> categoryProperty() { return category; }
    public StringProperty visitorNameProperty() { return visitorName; }
    public StringProperty visitorPhoneProperty() { return visitorPhone; }
    public StringProperty visitorIdNumberProperty() { return visitorIdNumber; }
    public IntegerProperty peopleCountProperty() { return peopleCount; }
    public BooleanProperty involvesMinorProperty() { return involvesMinor; }
    public StringProperty summaryProperty() { return summary; }
    public ObjectProperty<Handling> handlingProperty() { return handling; }
    public StringProperty handlingNoteProperty() { return handlingNote; }
    public StringProperty referredToProperty() { return referredTo; }
    public ObjectProperty<LocalDate> followUpDueProperty() { return followUpDue; }
    public StringProperty followUpResultProperty() { return followUpResult; }
    public ObjectProperty<LocalDate> noticeSentOnProperty() { return noticeSentOn; }
    public BooleanProperty resultExtendedProperty() { return resultExtended; }
    public ObjectProperty<LocalDate> concludedOnProperty() { return concludedOn; }
}
