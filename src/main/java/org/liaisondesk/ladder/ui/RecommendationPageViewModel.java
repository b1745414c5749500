package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.ladder.model.ApproverKind;
import org.liaisondesk.ladder.model.ChainLink;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.Refusal;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.ReviewResult;
import org.liaisondesk.ladder.model.ServiceMethod;
import org.liaisondesk.ladder.service.RecommendationService;

/**
 * The state of one recommendation's page. Everything is read in the background and handed over as one
 * {@link RecommendationPageContent}; before a step's dialog opens, the step is checked with the service (dated
 * today), so a step that makes no sense now says why instead of opening. Steps themselves are recorded by
 * {@link StepDialogModel}; afterwards the page is read again.
 */
public final class RecommendationPageViewModel {
    /** The steps the page offers, in the order of a document's life. An escalation is recorded by the later document's issue. */
    static final List<EventKind> STEPS = List.of(EventKind.APPROVED, EventKind.ISSUED, EventKind.SERVED,
            EventKind.REPLIED, EventKind.OBJECTION_RAISED, EventKind.OBJECTION_REVIEWED, EventKind.RETURN_VISIT,
            EventKind.RECTIFICATION_VERIFIED, EventKind.FILED, EventKind.CLOSED, EventKind.LAWSUIT_FILED,
            EventKind.WITHDRAWN);

    private final RecommendationService ladder;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final long id;
    private final ReadOnlyObjectWrapper<RecommendationPageContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public RecommendationPageViewModel(RecommendationService ladder, BackgroundExecutor executor,
                                       DialogService dialogs, long id) {
        this.ladder = ladder;
        this.executor = executor;
        this.dialogs = dialogs;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** Reads the document, its ladder, links and step checks in the background; an older read is dropped. */
    public void load() {
        long mine = ++generation;
        busy.set(true);
        executor.run(this::read, read -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            if (read.isEmpty()) {
                gone.set(true);
                dialogs.showError(Messages.tr("ladder.page.titleUnknown"), Messages.tr("ladder.gone"));
                return;
            }
            content.set(read.get());
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                dialogs.showError(Messages.tr("ladder.page.titleUnknown"), ErrorText.of(e));
            }
        });
    }

    private Optional<RecommendationPageContent> read() {
        Optional<RecommendationDetail> found = ladder.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RecommendationDetail d = found.get();
        LocalDate today = ladder.today();
        List<ChainView.ChainMember> chain = new ArrayList<>();
        for (ChainLink l : ladder.chain(id)) {
            ChainViewPalette tone = l.id() == id ? ChainViewPalette.of(d.state(), today)
                    : ladder.find(l.id()).map(o -> ChainViewPalette.of(o.state(), today))
                            .orElse(ChainViewPalette.of(l.status()));
            chain.add(new ChainView.ChainMember(l, tone));
        }
        Set<Long> recipients = new LinkedHashSet<>(d.recommendation().copyToIds());
        if (d.recommendation().recipientId() != null) {
            recipients.add(d.recommendation().recipientId());
        }
        if (d.recommendation().superiorId() != null) {
            recipients.add(d.recommendation().superiorId());
        }
        List<EventKind> steps = steps(d.recommendation().type());
        Map<EventKind, String> refusals = new LinkedHashMap<>();
        for (EventKind kind : steps) {
            refusalNow(d, kind, today).ifPresent(text -> refusals.put(kind, text));
        }
        return Optional.of(RecommendationPageContent.of(d, new RecommendationPageContent.Context(chain,
                ladder.describeLinks(id), ladder.recipientNames(recipients), steps, refusals, today,
                ladder.dueSoonDays())));
    }

    /** The steps offered for a document of this type: a lawsuit only for public-interest recommendations. */
    static List<EventKind> steps(RecommendationType type) {
        return STEPS.stream().filter(k -> k != EventKind.LAWSUIT_FILED || type == RecommendationType.PUBLIC_INTEREST)
                .toList();
    }

    /** Why the step cannot be taken today, asked of the service with stand-in details so only the document's state decides. */
    private Optional<String> refusalNow(RecommendationDetail d, EventKind kind, LocalDate today) {
        try {
            Optional<Refusal> refusal = ladder.check(id, probe(kind, today));
            return refusal.map(r -> RecommendationService.explain(d.recommendation(), r));
        } catch (UserFacingException e) {
            return Optional.of(e.localizedMessage());
        }
    }

    /** A step of this kind dated {@code on}, with every detail its kind requires filled in (never recorded). */
    static LadderEvent probe(EventKind kind, LocalDate on) {
        LadderEvent.Builder b = LadderEvent.of(kind, on);
        String stand = "-";
        return switch (kind) {
            case APPROVED -> b.approverKind(ApproverKind.CHIEF).person(stand).build();
            case SERVED -> b.serviceMethod(ServiceMethod.WRITTEN).build();
            case REPLIED -> b.replyOutcome(ReplyOutcome.ADOPTED).build();
            case OBJECTION_REVIEWED -> b.reviewResult(ReviewResult.REJECTED).text(stand).build();
            case RETURN_VISIT -> b.visitMethod(stand).text(stand).build();
            case RECTIFICATION_VERIFIED -> b.rectification(Rectification.DONE).build();
            case ESCALATED -> b.relatedId(0L).build();
            case OBJECTION_RAISED, WITHDRAWN -> b.text(stand).build();
            case ISSUED, FILED, CLOSED, LAWSUIT_FILED -> b.build();
        };
    }

    /**
     * The user picked a step: true when its dialog may open; otherwise the reason is shown on the page and
     * nothing changes.
     */
    public boolean startStep(EventKind kind) {
        RecommendationPageContent c = content.get();
        if (c == null || busy.get()) {
            return false;
        }
        String refusal = c.refusals().get(kind);
        if (refusal != null) {
            reason.set(Messages.tr("ladder.page.refusedStep", RecommendationPageContent.stepName(kind), refusal));
            return false;
        }
        reason.set("");
        return true;
    }

    /** The form for a step that {@link #startStep} allowed. */
    public StepDialogModel stepModel(EventKind kind) {
        return new StepDialogModel(ladder, executor, dialogs, id, kind, ladder.today());
    }

    /** A step was recorded through its dialog: say so and read the page again. */
    public void stepRecorded(EventKind kind, RecommendationDetail after) {
        reason.set("");
        notice.set(kind == EventKind.ISSUED && !after.number().isEmpty()
                ? Messages.tr("ladder.page.issued", after.number())
                : Messages.tr("ladder.page.recorded", RecommendationPageContent.stepName(kind)));
        load();
    }

    /** Takes back the step recorded last, after asking; a step that cannot be taken back says why. */
    public void undoLast(Runnable onChanged) {
        RecommendationPageContent c = content.get();
        if (c == null || busy.get()) {
            return;
        }
        if (c.lastStep().isEmpty()) {
            reason.set(Messages.tr("ladder.undo.nothing"));
            return;
        }
        if (!dialogs.confirm(Messages.tr("ladder.page.undo"), Messages.tr("ladder.page.undoQuestion", c.lastStep()),
                Messages.tr("ladder.page.undo"))) {
            return;
        }
        busy.set(true);
        executor.run(() -> ladder.undoLast(id), after -> {
            busy.set(false);
            reason.set("");
            notice.set(Messages.tr("ladder.page.undone", c.lastStep()));
            onChanged.run();
            load();
        }, e -> {
            busy.set(false);
            if (e instanceof UserFacingException u) {
                reason.set(u.localizedMessage());
            } else {
                dialogs.showError(Messages.tr("ladder.page.undo"), ErrorText.of(e));
            }
        });
    }

    /** The document's history (修改记录), read in the background. */
    public void loadHistory(Consumer<List<HistoryEntry>> show) {
        executor.run(() -> ladder.history(id), show,
                e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    public ReadOnlyObjectProperty<RecommendationPageContent> contentProperty() { return content.getReadOnlyProperty(); }
    public RecommendationPageContent content() { return content.get(); }
    /** Why the step last picked cannot be taken now; empty when none. */
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
    /** What was done last on this page ("已记录：收到回复"). */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The document no longer exists: the page closes. */
    public ReadOnlyBooleanProperty goneProperty() { return gone.getReadOnlyProperty(); }
}
