package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.Observable;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.ladder.model.Escalation;
import org.liaisondesk.ladder.model.EscalationReason;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationRules;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.RecordLink;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.ladder.ui.PickerChoices.EarlierChoice;
import org.liaisondesk.ladder.ui.PickerChoices.LinkChoice;
import org.liaisondesk.ladder.ui.PickerChoices.RecipientChoice;
import org.liaisondesk.register.cases.model.BusinessLine;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RecipientService;

/**
 * The state of the recommendation form: what the document says, to whom, the cases and leads it cites and the
 * earlier documents it escalates from. Problems are shown inline per field once the field was left or a save was
 * tried; a refused save keeps everything typed and picked. Saving and every search run in the background.
 */
public final class RecommendationEditorViewModel {
    /** How many matches a picker lists at most. */
    public static final int PICKER_LIMIT = 20;

    private final RecommendationService ladder;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final MatterService matters;
    private final RecipientService recipients;

    /** What the form started from: a new or prefilled draft (id null) or the stored document. */
    private Recommendation start;
    /** What may be closed without asking; null when anything on the form would be lost (a prefilled draft). */
    private Recommendation baseline;
    private boolean locked;

    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>(Tier.INDIVIDUAL);
    private final ObjectProperty<RecommendationType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<BusinessLine> businessLine = new SimpleObjectProperty<>();
    private final ObjectProperty<SupervisionField> field = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<Prosecutor> prosecutor = new SimpleObjectProperty<>();
    private final StringProperty problemSource = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty violation = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final ObjectProperty<Integer> objectionDays = new SimpleObjectProperty<>(10);
    private final BooleanProperty urgent = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> draftedOn = new SimpleObjectProperty<>();

    private final SearchPickerModel<RecipientChoice> recipient;
    private final SearchPickerModel<RecipientChoice> superior;
    private final SearchPickerModel<RecipientChoice> copyToPicker;
    private final SearchPickerModel<LinkChoice> matterPicker;
    private final SearchPickerModel<LinkChoice> leadPicker;
    private final SearchPickerModel<EarlierChoice> earlierPicker;
    private final ObservableList<RecipientChoice> copyTo = FXCollections.observableArrayList();
    private final ObservableList<LinkChoice> links = FXCollections.observableArrayList();
    private final ObservableList<EscalationLine> escalations = FXCollections.observableArrayList();
    private final ObservableList<StringProperty> items = FXCollections.observableArrayList();

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<Prosecutor> prosecutors = FXCollections.observableArrayList();
    private final ObservableList<String> problemSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper superiorHint = new ReadOnlyStringWrapper("");

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private final Set<String> unreadableDates = new HashSet<>();
    /** Problems only the register can tell (a recipient gone, an escalation downwards): shown until their field changes. */
    private final Map<String, String> registerProblems = new LinkedHashMap<>();
    private boolean submitted;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private long problemGeneration;

    /** One earlier document on the form and why this one escalates from it. */
    public static final class EscalationLine {
        private final EarlierChoice document;
        private final ObjectProperty<EscalationReason> reason;

        EscalationLine(EarlierChoice document, EscalationReason reason) {
            this.document = document;
            this.reason = new SimpleObjectProperty<>(reason);
        }

        public EarlierChoice document() { return document; }
        public ObjectProperty<EscalationReason> reasonProperty() { return reason; }
    }

    /** The names behind a document's ids, looked up in the background before the form opens. */
    public record Described(RecipientChoice recipient, RecipientChoice superior, List<RecipientChoice> copyTo,
                            List<LinkChoice> links, List<EarlierChoice> earlier) {
        public static final Described NONE = new Described(null, null, List.of(), List.of(), List.of());
    }

    public RecommendationEditorViewModel(RecommendationService ladder, RecipientService recipients,
                                         MatterService matters, LeadService leads, BackgroundExecutor executor,
                                         DialogService dialogs, List<Station> stationList,
                                         List<Prosecutor> prosecutorList) {
        this.ladder = ladder;
        this.executor = executor;
        this.dialogs = dialogs;
        this.matters = matters;
        this.recipients = recipients;
        stations.setAll(stationList);
        prosecutors.setAll(prosecutorList);

        recipient = new SearchPickerModel<>(executor, dialogs,
                words -> () -> recipients.search(words, PICKER_LIMIT).stream().map(RecipientChoice::of).toList(),
                RecipientChoice::name, "ladder.field.recipientId");
        superior = new SearchPickerModel<>(executor, dialogs,
                words -> () -> recipients.search(words, PICKER_LIMIT).stream().map(RecipientChoice::of).toList(),
                RecipientChoice::name, "ladder.field.superiorId");
        copyToPicker = new SearchPickerModel<RecipientChoice>(executor, dialogs, words -> {
            Set<Long> leaveOut = new HashSet<>(copyTo.stream().map(RecipientChoice::id).toList());
            if (recipient.chosen() != null) {
                leaveOut.add(recipient.chosen().id());
            }
            return () -> recipients.search(words, PICKER_LIMIT + leaveOut.size()).stream()
                    .map(RecipientChoice::of).filter(c -> !leaveOut.contains(c.id())).limit(PICKER_LIMIT).toList();
        }, RecipientChoice::name, "ladder.field.copyToIds").adding(this::addCopyTo);
        matterPicker = new SearchPickerModel<LinkChoice>(executor, dialogs, words -> {
            Set<RecordLink> leaveOut = linkSet();
            return () -> matters.page(MatterQuery.firstPage(PICKER_LIMIT + leaveOut.size()).withText(words)).items()
                    .stream().map(LinkChoice::of).filter(c -> !leaveOut.contains(c.link())).limit(PICKER_LIMIT).toList();
        }, LinkChoice::label, "ladder.field.links").adding(this::addLink);
        leadPicker = new SearchPickerModel<LinkChoice>(executor, dialogs, words -> {
            Set<RecordLink> leaveOut = linkSet();
            return () -> leads.page(LeadQuery.firstPage(PICKER_LIMIT + leaveOut.size()).withText(words)).items()
                    .stream().map(LinkChoice::of).filter(c -> !leaveOut.contains(c.link())).limit(PICKER_LIMIT).toList();
        }, LinkChoice::label, "ladder.field.links").adding(this::addLink);
        earlierPicker = new SearchPickerModel<EarlierChoice>(executor, dialogs, this::searchEarlier,
                EarlierChoice::label, "ladder.field.escalatesFrom").adding(this::addEscalation);

        Map<String, Observable> watched = new LinkedHashMap<>();
        watched.put("tier", tier);
        watched.put("type", type);
        watched.put("businessLine", businessLine);
        watched.put("field", field);
        watched.put("problem", problem);
        watched.put("title", title);
        watched.put("recipientId", recipient.chosenProperty());
        watched.put("superiorId", superior.chosenProperty());
        watched.put("stationId", station);
        watched.put("prosecutorId", prosecutor);
        watched.put("problemSource", problemSource);
        watched.put("facts", facts);
        watched.put("violation", violation);
        watched.put("legalBasis", legalBasis);
        watched.put("objectionDays", objectionDays);
        watched.put("urgent", urgent);
        watched.put("draftedOn", draftedOn);
        watched.put("copyToIds", copyTo);
        watched.put("links", links);
        watched.put("escalatesFrom", escalations);
        watched.put("items", items);
        watched.forEach((name, value) -> value.addListener(o -> changed(name)));
        // Searching text typed but not picked is a problem of the field too (see problems()).
        recipient.textProperty().addListener(o -> changed("recipientId"));
        superior.textProperty().addListener(o -> changed("superiorId"));
        // Choosing as recipient an organisation that is on the copy list is a problem of the copy list.
        recipient.chosenProperty().addListener(o -> changed("copyToIds"));
        tier.addListener(o -> changed("escalatesFrom"));
        recipient.chosenProperty().addListener(o -> updateSuperiorHint());
        field.addListener((obs, was, now) -> loadProblemSuggestions());
        updateSuperiorHint();
    }

    // ------------------------------------------------------------------ loading

    /** A new draft as the service makes it (today's date, default objection period). */
    public void startNew(Recommendation draft) {
        load(draft, Described.NONE);
        baseline = toRecommendation();
        locked = false;
    }

    /**
     * A prefilled draft that is not saved yet (e.g. from an accepted suggestion): closing it without saving asks
     * first, since what was prefilled would be lost.
     */
    public void startDraft(Recommendation draft, Described names) {
        load(draft, names);
        baseline = null;
        locked = false;
    }

    /** A stored document. Its content is locked once approved, unless an objection was upheld with 修改 since. */
    public void edit(RecommendationDetail detail, Described names) {
        load(detail.recommendation(), names);
        baseline = toRecommendation();
        locked = !RecommendationService.contentMayChange(detail.events());
    }

    private void load(Recommendation r, Described names) {
        start = r;
        tier.set(r.tier());
        type.set(r.type());
        businessLine.set(r.businessLine());
        field.set(r.field());
        problem.set(r.problem());
        title.set(r.title());
        recipient.choose(names.recipient());
        superior.choose(names.superior());
        copyTo.setAll(names.copyTo());
        links.setAll(names.links());
        Map<Long, EscalationReason> reasons = new LinkedHashMap<>();
        r.escalatesFrom().forEach(e -> reasons.put(e.earlierId(), e.reason()));
        escalations.setAll(names.earlier().stream()
                .map(c -> line(c, reasons.getOrDefault(c.id(), c.suggestedReason()))).toList());
        station.set(stations.stream().filter(s -> s.id().equals(r.stationId())).findFirst()
                .orElse(r.id() == null && r.stationId() == null && stations.size() == 1 ? stations.get(0) : null));
        prosecutor.set(prosecutors.stream().filter(p -> p.id().equals(r.prosecutorId())).findFirst()
                .orElse(r.id() == null && r.prosecutorId() == null && prosecutors.size() == 1 ? prosecutors.get(0) : null));
        problemSource.set(r.problemSource());
        facts.set(r.facts());
        violation.set(r.violation());
        items.setAll(r.items().stream().map(this::itemProperty).toList());
        legalBasis.set(r.legalBasis());
        objectionDays.set(r.objectionDays());
        urgent.set(r.urgent());
        draftedOn.set(r.draftedOn());
    }

    /**
     * The names behind the ids of a document (its recipient, superior, copies, cases, leads and earlier documents).
     * Runs in the background. Records that cannot be found any more are still listed, marked, so they can be removed.
     */
    public static Described describe(Recommendation r, RecommendationService ladder, RecipientService recipients,
                                     MatterService matters, LeadService leads) {
        RecipientChoice to = r.recipientId() == null ? null : recipientChoice(recipients, r.recipientId());
        RecipientChoice above = r.superiorId() == null ? null : recipientChoice(recipients, r.superiorId());
        List<RecipientChoice> copies = r.copyToIds().stream().map(id -> recipientChoice(recipients, id)).toList();
        List<LinkChoice> linked = new ArrayList<>();
        for (RecordLink link : r.links()) {
            Optional<LinkChoice> found = link.kind() == RecordLink.Kind.MATTER
                    ? matters.find(link.recordId()).map(LinkChoice::of)
                    : leads.find(link.recordId()).map(LinkChoice::of);
            linked.add(found.orElse(LinkChoice.missing(link)));
        }
        List<EarlierChoice> earlier = new ArrayList<>();
        for (Escalation e : r.escalatesFrom()) {
            earlier.add(ladder.find(e.earlierId()).map(EarlierChoice::of)
                    .orElse(EarlierChoice.missing(e.earlierId(), e.reason())));
        }
        return new Described(to, above, copies, linked, earlier);
    }

    private static RecipientChoice recipientChoice(RecipientService recipients, long id) {
        Optional<Recipient> found = recipients.find(id);
        if (found.isEmpty()) {
            return new RecipientChoice(id, "#" + id + " " + Messages.tr("ladder.picker.deletedMark"), null, "");
        }
        Recipient r = found.get();
        String superiorName = r.superiorId() == null ? ""
                : recipients.find(r.superiorId()).map(Recipient::name).orElse("");
        return new RecipientChoice(r.id(), r.name(), r.superiorId(), superiorName);
    }

    // ------------------------------------------------------------------ the form as a document

    public boolean isNew() {
        return start == null || start.id() == null;
    }

    /** The stored document's id, or null before it is saved. */
    public Long recommendationId() {
        return start == null ? null : start.id();
    }

    /** True when the stored document may not be changed (approved): the form says so, the service refuses a save. */
    public boolean isLocked() {
        return locked;
    }

    /** The form as a recommendation (not yet validated). */
    public Recommendation toRecommendation() {
        Recommendation.Builder b = start == null ? Recommendation.builder() : start.toBuilder();
        return b.tier(tier.get())
                .type(type.get())
                .businessLine(businessLine.get())
                .field(field.get())
                .problem(problem.get())
                .title(title.get())
                .recipientId(recipient.chosen() == null ? null : recipient.chosen().id())
                .superiorId(superior.chosen() == null ? null : superior.chosen().id())
                .copyToIds(copyTo.stream().map(RecipientChoice::id).toList())
                .links(links.stream().map(LinkChoice::link).toList())
                .escalatesFrom(escalations.stream()
                        .map(l -> new Escalation(l.document().id(), l.reasonProperty().get())).toList())
                .stationId(station.get() == null ? null : station.get().id())
                .prosecutorId(prosecutor.get() == null ? null : prosecutor.get().id())
                .problemSource(problemSource.get())
                .facts(facts.get())
                .violation(violation.get())
                .items(items.stream().map(StringProperty::get).toList())
                .legalBasis(legalBasis.get())
                .objectionDays(objectionDays.get() == null ? -1 : objectionDays.get())
                .urgent(urgent.get())
                .draftedOn(draftedOn.get())
                .build();
    }

    /** True when closing now would lose something: a change to what was loaded, or a prefilled draft. */
    public boolean isDirty() {
        return baseline == null || !toRecommendation().equals(baseline);
    }

    // ------------------------------------------------------------------ lists on the form

    public void addCopyTo(RecipientChoice choice) {
        if (copyTo.stream().noneMatch(c -> c.id() == choice.id())) {
            copyTo.add(choice);
        }
    }

    public void removeCopyTo(RecipientChoice choice) {
        copyTo.removeIf(c -> c.id() == choice.id());
    }

    /** Moves a copy up (delta −1) or down (+1): 抄送 is printed in this order. */
    public void moveCopyTo(int index, int delta) {
        move(copyTo, index, delta);
    }

    public void addLink(LinkChoice choice) {
        if (links.stream().noneMatch(l -> l.link().equals(choice.link()))) {
            links.add(choice);
        }
    }

    public void removeLink(LinkChoice choice) {
        links.removeIf(l -> l.link().equals(choice.link()));
    }

    private Set<RecordLink> linkSet() {
        return new HashSet<>(links.stream().map(LinkChoice::link).toList());
    }

    public void addEscalation(EarlierChoice choice) {
        if (escalations.stream().noneMatch(l -> l.document().id() == choice.id())) {
            escalations.add(line(choice, choice.suggestedReason()));
        }
    }

    public void removeEscalation(EscalationLine line) {
        escalations.remove(line);
    }

    private EscalationLine line(EarlierChoice choice, EscalationReason reason) {
        EscalationLine line = new EscalationLine(choice, reason);
        line.reasonProperty().addListener(o -> changed("escalatesFrom"));
        return line;
    }

    /** The earlier documents one may escalate from: lower tiers only, this document and those listed left out. */
    private Callable<List<EarlierChoice>> searchEarlier(String words) {
        Tier now = tier.get();
        Long self = start == null ? null : start.id();
        Set<Long> listed = new HashSet<>(escalations.stream().map(l -> l.document().id()).toList());
        LocalDate today = ladder.today();
        return () -> {
            List<EarlierChoice> found = new ArrayList<>();
            for (Tier lower : Tier.values()) {
                if (now == null || lower.ordinal() >= now.ordinal()) {
                    continue;
                }
                RecommendationQuery q = RecommendationQuery.firstPage(PICKER_LIMIT + listed.size() + 1, today)
                        .filtered(words, lower, null, null, null, false, 0);
                ladder.page(q).items().stream().filter(r -> !listed.contains(r.id()) && !Long.valueOf(r.id()).equals(self))
                        .map(EarlierChoice::of).forEach(found::add);
            }
            return found.stream().limit(PICKER_LIMIT).toList();
        };
    }

    /** A new, empty recommendation item at the end. */
    public void addItem() {
        items.add(itemProperty(""));
    }

    public void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** Moves an item up (delta −1) or down (+1). */
    public void moveItem(int index, int delta) {
        move(items, index, delta);
    }

    private StringProperty itemProperty(String text) {
        StringProperty p = new SimpleStringProperty(text);
        p.addListener(o -> changed("items"));
        return p;
    }

    private static <T> void move(ObservableList<T> list, int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= list.size() || target < 0 || target >= list.size()) {
            return;
        }
        T moved = list.get(index);
        List<T> reordered = new ArrayList<>(list);
        reordered.remove(index);
        reordered.add(target, moved);
        list.setAll(reordered);
    }

    // ------------------------------------------------------------------ hints and suggestions

    private void updateSuperiorHint() {
        RecipientChoice to = recipient.chosen();
        if (to == null) {
            superiorHint.set(Messages.tr("ladder.editor.superiorHint"));
        } else if (to.superiorName().isEmpty()) {
            superiorHint.set(Messages.tr("ladder.editor.superiorHintNone", to.name()));
        } else {
            superiorHint.set(Messages.tr("ladder.editor.superiorHintDefault", to.superiorName()));
        }
    }

    /**
     * Reloads the problems (问题类型) used for the chosen field in cases and leads, in the background (none while no
     * field is chosen); a result overtaken by a newer choice is dropped.
     */
    public void loadProblemSuggestions() {
        SupervisionField chosen = field.get();
        long mine = ++problemGeneration;
        if (chosen == null) {
            problemSuggestions.clear();
            return;
        }
        executor.run(() -> matters.problems(chosen), found -> {
            if (mine == problemGeneration) {
                problemSuggestions.setAll(found);
            }
        }, e -> {
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

    private void changed(String fieldName) {
        registerProblems.remove(fieldName);
        revalidate();
    }

    private List<FieldProblem> problems() {
        List<FieldProblem> list = new ArrayList<>();
        for (String f : unreadableDates) {
            list.add(new FieldProblem(f, "common.validation.dateFormat"));
        }
        if (recipient.chosen() == null && !recipient.textProperty().get().isBlank()) {
            list.add(new FieldProblem("recipientId", "ladder.editor.pickFromList"));
        }
        if (superior.chosen() == null && !superior.textProperty().get().isBlank()) {
            list.add(new FieldProblem("superiorId", "ladder.editor.pickFromList"));
        }
        Recommendation r = toRecommendation();
        list.addAll(RecommendationRules.check(r));
        if (r.tier() != null && escalations.stream().anyMatch(l -> l.document().tier() != null
                && l.document().tier().ordinal() >= r.tier().ordinal())) {
            list.add(new FieldProblem("escalatesFrom", "ladder.validation.escalateUp"));
        }
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
     * Validates and saves in the background. On success {@code onSaved} gets the stored document; when refused, the
     * problems are shown next to their fields (or, for a document that may not change, in a message) and nothing
     * typed is lost.
     */
    public void save(Consumer<RecommendationDetail> onSaved) {
        submitted = true;
        registerProblems.clear();
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        Recommendation r = toRecommendation();
        saving.set(true);
        executor.run(() -> ladder.save(r), saved -> {
            saving.set(false);
            start = saved.recommendation();
            baseline = toRecommendation();
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                for (FieldProblem p : v.problems()) {
                    registerProblems.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
                }
                revalidate();
            } else {
                dialogs.showError(Messages.tr("ladder.editor.saveFailed"), ErrorText.of(e));
            }
        });
    }

    /** Loads the stored document's history in the background and hands its lines (in words) over. */
    public void loadHistory(Consumer<List<HistoryDialog.Line>> onLoaded) {
        Long id = recommendationId();
        if (id == null) {
            return;
        }
        RecommendationEditorHistory words = new RecommendationEditorHistory(recipients::find, ladder::find,
                List.copyOf(stations), List.copyOf(prosecutors));
        executor.run(() -> words.lines(ladder.history(id)), onLoaded,
                e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    // ------------------------------------------------------------------ properties

    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty superiorHintProperty() { return superiorHint.getReadOnlyProperty(); }
    public ObjectProperty<Tier> tierProperty() { return tier; }
    public ObjectProperty<RecommendationType> typeProperty() { return type; }
    public ObjectProperty<BusinessLine> businessLineProperty() { return businessLine; }
    public ObjectProperty<SupervisionField> fieldProperty() { return field; }
    public StringProperty problemProperty() { return problem; }
    public ObservableList<String> problemSuggestions() { return problemSuggestions; }
    public StringProperty titleProperty() { return title; }
    public SearchPickerModel<RecipientChoice> recipient() { return recipient; }
    public SearchPickerModel<RecipientChoice> superior() { return superior; }
    public SearchPickerModel<RecipientChoice> copyToPicker() { return copyToPicker; }
    public SearchPickerModel<LinkChoice> matterPicker() { return matterPicker; }
    public SearchPickerModel<LinkChoice> leadPicker() { return leadPicker; }
    public SearchPickerModel<EarlierChoice> earlierPicker() { return earlierPicker; }
    public ObservableList<RecipientChoice> copyTo() { return copyTo; }
    public ObservableList<LinkChoice> links() { return links; }
    public ObservableList<EscalationLine> escalations() { return escalations; }
    public ObservableList<StringProperty> items() { return items; }
    public ObservableList<Station> stations() { return stations; }
    public ObservableList<Prosecutor> prosecutors() { return prosecutors; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<Prosecutor> prosecutorProperty() { return prosecutor; }
    public StringProperty problemSourceProperty() { return problemSource; }
    public StringProperty factsProperty() { return facts; }
    public StringProperty violationProperty() { return violation; }
    public StringProperty legalBasisProperty() { return legalBasis; }
    public ObjectProperty<Integer> objectionDaysProperty() { return objectionDays; }
    public BooleanProperty urgentProperty() { return urgent; }
    public ObjectProperty<LocalDate> draftedOnProperty() { return draftedOn; }
}
