package org.liaisondesk.ladder.ui;

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
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.service.RecommendationService;

/**
 * The small form for one step of a recommendation's life, with exactly the fields that step needs (the date,
 * defaulting to today, always). The service decides whether the step may be recorded; a refusal is shown in the
 * form with the service's reason and everything typed stays. For 制发编号 the form shows the number the document
 * will get on the chosen date.
 */
public final class StepDialogModel {
    public static final int TEXT_MAX = 2000;
    public static final int SHORT_MAX = 30;

    /** The fields of each kind of step after the date, in the order shown. */
    private static final Map<EventKind, List<String>> FIELDS = Map.ofEntries(
            Map.entry(EventKind.APPROVED, List.of("approverKind", "person")),
            Map.entry(EventKind.ISSUED, List.of()),
            Map.entry(EventKind.SERVED, List.of("serviceMethod")),
            Map.entry(EventKind.REPLIED, List.of("replyOutcome", "text", "causeAboveRecipient")),
            Map.entry(EventKind.OBJECTION_RAISED, List.of("text")),
            Map.entry(EventKind.OBJECTION_REVIEWED, List.of("reviewResult", "text")),
            Map.entry(EventKind.RETURN_VISIT, List.of("visitMethod", "text")),
            Map.entry(EventKind.RECTIFICATION_VERIFIED,
                    List.of("rectification", "sectorWide", "longTermMechanism", "causeAboveRecipient")),
            Map.entry(EventKind.FILED, List.of("text")),
            Map.entry(EventKind.CLOSED, List.of("text")),
            Map.entry(EventKind.ESCALATED, List.of()),
            Map.entry(EventKind.LAWSUIT_FILED, List.of("text")),
            Map.entry(EventKind.WITHDRAWN, List.of("text")));

    /** The fields a step cannot do without (as the ladder's rules require them). */
    private static final Map<EventKind, Set<String>> REQUIRED = Map.of(
            EventKind.APPROVED, Set.of("approverKind", "person"),
            EventKind.SERVED, Set.of("serviceMethod"),
            EventKind.REPLIED, Set.of("replyOutcome"),
            EventKind.OBJECTION_RAISED, Set.of("text"),
            EventKind.OBJECTION_REVIEWED, Set.of("reviewResult", "text"),
            EventKind.RETURN_VISIT, Set.of("visitMethod", "text"),
            EventKind.RECTIFICATION_VERIFIED, Set.of("rectification"),
            EventKind.WITHDRAWN, Set.of("text"));

    private final RecommendationService ladder;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final long id;
    private final EventKind kind;
    private final LocalDate today;

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final ObjectProperty<ApproverKind> approverKind = new SimpleObjectProperty<>(ApproverKind.CHIEF);
    final StringProperty person = new SimpleStringProperty("");
    final ObjectProperty<ServiceMethod> serviceMethod = new SimpleObjectProperty<>(ServiceMethod.WRITTEN);
    final ObjectProperty<ReplyOutcome> replyOutcome = new SimpleObjectProperty<>();
    final ObjectProperty<ReviewResult> reviewResult = new SimpleObjectProperty<>();
    final StringProperty visitMethod = new SimpleStringProperty("");
    final ObjectProperty<Rectification> rectification = new SimpleObjectProperty<>();
    final BooleanProperty sectorWide = new SimpleBooleanProperty();
    final BooleanProperty longTermMechanism = new SimpleBooleanProperty();
    final BooleanProperty causeAboveRecipient = new SimpleBooleanProperty();
    final StringProperty text = new SimpleStringProperty("");

    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    private boolean unreadableDate;
    private boolean submitted;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper numberPreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final LadderEvent initial;
    private long previewQuery;

    StepDialogModel(RecommendationService ladder, BackgroundExecutor executor, DialogService dialogs, long id,
                    EventKind kind, LocalDate today) {
        this.ladder = ladder;
        this.executor = executor;
        this.dialogs = dialogs;
        this.id = id;
        this.kind = kind;
        this.today = today;
        date.set(today);
        initial = toEvent();
        List<ObservableValue<?>> all = List.of(date, approverKind, person, serviceMethod, replyOutcome, reviewResult,
                visitMethod, rectification, sectorWide, longTermMechanism, causeAboveRecipient, text);
        for (ObservableValue<?> p : all) {
            p.addListener((obs, was, now) -> {
                refusal.set("");
                revalidate();
            });
        }
        if (kind == EventKind.ISSUED) {
            date.addListener((obs, was, now) -> refreshPreview());
            refreshPreview();
        }
    }

    public EventKind kind() {
        return kind;
    }

    /** The fields shown after the date, in order. */
    public List<String> fields() {
        return FIELDS.get(kind);
    }

    public boolean required(String field) {
        return field.equals("date") || REQUIRED.getOrDefault(kind, Set.of()).contains(field);
    }

    /** The label of the free-text field, which says what the text is for this step (回复内容, 撤回理由 …). */
    public String textLabelKey() {
        return "ladder.step.text." + kind.name();
    }

    private void refreshPreview() {
        LocalDate on = date.get();
        long mine = ++previewQuery;
        if (on == null) {
            numberPreview.set("");
            return;
        }
        executor.run(() -> ladder.previewNumber(id, on), number -> {
            if (mine == previewQuery) {
                numberPreview.set(Messages.tr("ladder.step.numberPreview", number));
            }
        }, e -> {
            if (mine == previewQuery) {
                numberPreview.set(ErrorText.of(e));
            }
        });
    }

    List<FieldProblem> problems() {
        List<FieldProblem> list = new ArrayList<>();
        if (unreadableDate) {
            list.add(new FieldProblem("date", "common.validation.dateFormat"));
        } else if (date.get() == null) {
            list.add(new FieldProblem("date", "common.validation.required"));
        } else if (date.get().isAfter(today)) {
            list.add(new FieldProblem("date", "common.validation.notInFuture"));
        }
        Map<String, Object> values = values();
        for (String field : fields()) {
            Object value = values.get(field);
            boolean empty = value == null || value instanceof String s && s.isBlank();
            if (empty && required(field)) {
                list.add(new FieldProblem(field, "common.validation.required"));
            } else if (value instanceof String s && s.strip().length() > (field.equals("text") ? TEXT_MAX : SHORT_MAX)) {
                list.add(new FieldProblem(field, "common.validation.tooLong",
                        field.equals("text") ? TEXT_MAX : SHORT_MAX));
            }
        }
        return list;
    }

    private Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("approverKind", approverKind.get());
        v.put("person", person.get());
        v.put("serviceMethod", serviceMethod.get());
        v.put("replyOutcome", replyOutcome.get());
        v.put("reviewResult", reviewResult.get());
        v.put("visitMethod", visitMethod.get());
        v.put("rectification", rectification.get());
        v.put("text", text.get());
        return v;
    }

    /** The step as the form stands; details of fields this kind does not show are left out. */
    LadderEvent toEvent() {
        List<String> f = fields();
        LadderEvent.Builder b = LadderEvent.of(kind, date.get());
        if (f.contains("approverKind")) {
            b.approverKind(approverKind.get()).person(person.get());
        }
        if (f.contains("serviceMethod")) {
            b.serviceMethod(serviceMethod.get());
        }
        if (f.contains("replyOutcome")) {
            b.replyOutcome(replyOutcome.get());
        }
        if (f.contains("reviewResult")) {
            b.reviewResult(reviewResult.get());
        }
        if (f.contains("visitMethod")) {
            b.visitMethod(visitMethod.get());
        }
        if (f.contains("rectification")) {
            b.rectification(rectification.get()).sectorWide(sectorWide.get())
                    .longTermMechanism(longTermMechanism.get());
        }
        if (f.contains("causeAboveRecipient")) {
            b.causeAboveRecipient(causeAboveRecipient.get());
        }
        if (f.contains("text")) {
            b.text(text.get());
        }
        return b.build();
    }

    /** The view reports text in the date field that is not a date; it is kept on screen and reported. */
    public void setDateUnreadable(boolean unreadable) {
        unreadableDate = unreadable;
        revalidate();
    }

    public void touch(String field) {
        touched.add(field);
        revalidate();
    }

    private void revalidate() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldProblem p : problems()) {
            if (submitted || touched.contains(p.field())) {
                shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
            }
        }
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    /** Something was typed or chosen that closing would lose. */
    public boolean isDirty() {
        return unreadableDate || !toEvent().equals(initial);
    }

    /**
     * Records the step in the background. On success {@code onRecorded} gets the document as it stands now; a
     * refusal of the service is shown in the form and nothing is written.
     */
    public void record(Consumer<RecommendationDetail> onRecorded) {
        if (saving.get()) {
            return;
        }
        submitted = true;
        revalidate();
        if (!errors.isEmpty()) {
            return;
        }
        LadderEvent event = toEvent();
        saving.set(true);
        refusal.set("");
        executor.run(() -> ladder.record(id, event), detail -> {
            saving.set(false);
            onRecorded.accept(detail);
        }, e -> {
            saving.set(false);
            if (e instanceof UserFacingException u) {
                refusal.set(u.localizedMessage());
            } else {
                dialogs.showError(Messages.tr("ladder.step.failed"), ErrorText.of(e));
            }
        });
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<ApproverKind> approverKindProperty() { return approverKind; }
    public StringProperty personProperty() { return person; }
    public ObjectProperty<ServiceMethod> serviceMethodProperty() { return serviceMethod; }
    public ObjectProperty<ReplyOutcome> replyOutcomeProperty() { return replyOutcome; }
    public ObjectProperty<ReviewResult> reviewResultProperty() { return reviewResult; }
    public StringProperty visitMethodProperty() { return visitMethod; }
    public ObjectProperty<Rectification> rectificationProperty() { return rectification; }
    public BooleanProperty sectorWideProperty() { return sectorWide; }
    public BooleanProperty longTermMechanismProperty() { return longTermMechanism; }
    public BooleanProperty causeAboveRecipientProperty() { return causeAboveRecipient; }
    public StringProperty textProperty() { return text; }
    public ObservableMap<String, String> errors() { return errors; }
    /** The service's reason when it refused the step; empty otherwise. */
    public ReadOnlyStringProperty refusalProperty() { return refusal.getReadOnlyProperty(); }
    /** For 制发编号: "将编为：崇检公建〔2026〕2号", or why no number can be given. */
    public ReadOnlyStringProperty numberPreviewProperty() { return numberPreview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
