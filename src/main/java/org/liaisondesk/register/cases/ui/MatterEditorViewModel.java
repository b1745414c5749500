package org.liaisondesk.register.cases.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.model.MatterRules;
import org.liaisondesk.register.cases.model.MatterStatus;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;

/**
 * The case form's state, with the leads and visits linked to the case. Problems are shown inline, per field,
 * once the field was left or a save was tried; a refused save keeps everything that was typed and linked.
 * Links are saved with the case, in the same transaction. The problems (问题类型) already used in the chosen field
 * are suggested, loaded in the background whenever the field changes.
 */
public final class MatterEditorViewModel {
    private final MatterService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Matter original;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<BusinessLine> businessLine = new SimpleObjectProperty<>();
    private final ObjectProperty<ReferenceItem> business = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty officeNumber = new SimpleStringProperty("");
    private final StringProperty unifiedCode = new SimpleStringProperty("");
    private final StringProperty parties = new SimpleStringProperty("");
    private final BooleanProperty involvesMinor = new SimpleBooleanProperty();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> acceptedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> concludedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<MatterStatus> status = new SimpleObjectProperty<>(MatterStatus.OPEN);
    private final StringProperty summary = new SimpleStringProperty("");

    private final ObservableList<ReferenceItem> businesses = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableList<LinkedRecord> linked = FXCollections.observableArrayList();
    private final ObservableList<String> problemSuggestions = FXCollections.observableArrayList();
    private long problemGeneration;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    /** Problems only the register can tell (an office number taken, a link gone): shown until their field changes. */
    private final Map<String, String> registerProblems = new LinkedHashMap<>();
    private boolean submitted;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding concluded = Bindings.createBooleanBinding(
            () -> status.get() == MatterStatus.CONCLUDED, status);

    public MatterEditorViewModel(MatterService service, BackgroundExecutor executor, DialogService dialogs,
                                 List<ReferenceItem> businessList, List<Station> stationList,
                                 List<Prosecutor> prosecutorList) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        businesses.setAll(businessList);
        stations.setAll(stationList);
        prosecutors.setAll(prosecutorList);
        Map<String, ObservableValue<?>> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("businessLine", businessLine);
        fields.put("businessId", business);
        fields.put("field", field);
        fields.put("problem", problem);
        fields.put("officeNumber", officeNumber);
        fields.put("unifiedCode", unifiedCode);
        fields.put("parties", parties);
        fields.put("involvesMinor", involvesMinor);
        fields.put("prosecutorId", prosecutor);
        fields.put("stationId", station);
        fields.put("acceptedOn", acceptedOn);
        fields.put("concludedOn", concludedOn);
        fields.put("status", status);
        fields.put("summary", summary);
        fields.forEach((fieldName, value) -> value.addListener((obs, was, now) -> {
            registerProblems.remove(fieldName);
            revalidate();
        }));
        linked.addListener((ListChangeListener<LinkedRecord>) c -> {
            registerProblems.remove("links");
            revalidate();
        });
        field.addListener((obs, was, now) -> refreshProblemSuggestions());
    }

    /** A new case accepted today, handled by the user when the user is on the prosecutor list. */
    public void startNew(String userName) {
        original = null;
        acceptedOn.set(service.today());
        status.set(MatterStatus.OPEN);
        Prosecutor me = prosecutors.stream().filter(p -> p.name().equals(userName)).findFirst().orElse(null);
        prosecutor.set(me);
        station.set(me == null || me.stationId() == null ? (stations.size() == 1 ? stations.get(0) : null)
                : stations.stream().filter(s -> s.id().equals(me.stationId())).findFirst().orElse(null));
        linked.clear();
    }

    /**
     * Loads a saved case and the records behind its links. A business no longer on the pick list (removed
     * from the reference list since) is added to it, so the case keeps showing it.
     */
    public void edit(Matter m, ReferenceItem currentBusiness, List<LinkedRecord> linkedRecords) {
        original = m;
        if (currentBusiness != null && businesses.stream().noneMatch(b -> b.id().equals(currentBusiness.id()))) {
            businesses.add(currentBusiness);
        }
        name.set(m.name());
        businessLine.set(m.businessLine());
        business.set(businesses.stream().filter(b -> b.id().equals(m.businessId())).findFirst().orElse(null));
        field.set(m.field());
        problem.set(m.problem());
        officeNumber.set(m.officeNumber());
        unifiedCode.set(m.unifiedCode());
        parties.set(m.parties());
        involvesMinor.set(m.involvesMinor());
        prosecutor.set(prosecutors.stream().filter(p -> p.id().equals(m.prosecutorId())).findFirst().orElse(null));
        station.set(stations.stream().filter(s -> s.id().equals(m.stationId())).findFirst().orElse(null));
        acceptedOn.set(m.acceptedOn());
        concludedOn.set(m.concludedOn());
        status.set(m.status());
        summary.set(m.summary());
        linked.setAll(linkedRecords);
    }

    public boolean isNew() {
        return original == null;
    }

    /** The saved case's id, or null for a new one. */
    public Long matterId() {
        return original == null ? null : original.id();
    }

    /** The form as a case (not yet normalised or validated). The date of conclusion counts only when concluded. */
    public Matter toMatter() {
        return Matter.builder()
                .id(original == null ? null : original.id())
                .uuid(original == null ? null : original.uuid())
                .name(name.get())
                .businessLine(businessLine.get())
                .businessId(business.get() == null ? null : business.get().id())
                .field(field.get())
                .problem(problem.get())
                .officeNumber(officeNumber.get())
                .unifiedCode(unifiedCode.get())
                .parties(parties.get())
                .involvesMinor(involvesMinor.get())
                .prosecutorId(prosecutor.get() == null ? null : prosecutor.get().id())
                .stationId(station.get() == null ? null : station.get().id())
                .acceptedOn(acceptedOn.get())
                .concludedOn(status.get() == MatterStatus.CONCLUDED ? concludedOn.get() : null)
                .status(status.get())
                .summary(summary.get())
                .links(linked.stream().map(LinkedRecord::link).toList())
                .build();
    }

    /** True when what was typed or linked differs from what was loaded (or a new form has content). */
    public boolean isDirty() {
        Matter now = toMatter();
        if (original == null) {
            return !now.name().isBlank() || !now.officeNumber().isBlank() || !now.unifiedCode().isBlank()
                    || !now.problem().isBlank() || !now.parties().isBlank() || !now.summary().isBlank()
                    || !now.links().isEmpty();
        }
        return !now.equals(original);
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

    /** Adds a lead or visit chosen in the picker (once). */
    public void addLink(LinkedRecord record) {
        if (linked.stream().noneMatch(r -> r.link().equals(record.link()))) {
            linked.add(record);
        }
    }

    /** Removes a link; it is gone from the register when the case is saved (and the history shows it). */
    public void removeLink(LinkedRecord record) {
        linked.removeIf(r -> r.link().equals(record.link()));
    }

    /** The links on the form, for the picker to leave out. */
    public Set<MatterLink> linkSet() {
        Set<MatterLink> set = new HashSet<>();
        linked.forEach(r -> set.add(r.link()));
        return set;
    }

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
        list.addAll(MatterRules.check(toMatter(), service.today()));
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
        registerProblems.forEach(shown::putIfAbsent);
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    /**
     * Validates and saves in the background. On success {@code onSaved} gets the stored case; on refusal the
     * problems are shown next to their fields and nothing is written.
     */
    public void save(Consumer<Matter> onSaved) {
        submitted = true;
        registerProblems.clear();
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        saving.set(true);
        executor.run(() -> service.save(toMatter()), saved -> {
            saving.set(false);
            original = saved;
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                for (FieldProblem p : v.problems()) {
                    registerProblems.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
                }
                revalidate();
            } else {
                dialogs.showError(Messages.tr("cases.saveFailed"), ErrorText.of(e));
            }
        });
    }

    /** Loads the saved case's history in the background and hands its lines (in words, parties masked) over. */
    public void loadHistory(Consumer<List<HistoryDialog.Line>> onLoaded) {
        if (original == null) {
            return;
        }
        long id = original.id();
        executor.run(() -> service.history(id),
                entries -> onLoaded.accept(MatterHistory.lines(entries, businesses, stations, prosecutors)),
                e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    public ObservableMap<String, String> errors() { return errors; }
    public ObservableList<ReferenceItem> businesses() { return businesses; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ObservableList<LinkedRecord> linked() { return linked; }
    public ObservableList<String> problemSuggestions() { return problemSuggestions; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public BooleanBinding concludedProperty() { return concluded; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<BusinessLine> businessLineProperty() { return businessLine; }
    public ObjectProperty<ReferenceItem> businessProperty() { return business; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty officeNumberProperty() { return officeNumber; }
    public StringProperty unifiedCodeProperty() { return unifiedCode; }
    public StringProperty partiesProperty() { return parties; }
    public BooleanProperty involvesMinorProperty() { return involvesMinor; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<LocalDate> acceptedOnProperty() { return acceptedOn; }
    public ObjectProperty<LocalDate> concludedOnProperty() { return concludedOn; }
    public ObjectProperty<MatterStatus> statusProperty() { return status; }
    public StringProperty summaryProperty() { return summary; }
}
