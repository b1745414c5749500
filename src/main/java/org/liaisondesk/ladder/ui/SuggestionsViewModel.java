package org.liaisondesk.ladder.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.Suggestion;
import org.liaisondesk.ladder.model.SuggestionDismissal;
import org.liaisondesk.ladder.model.SuggestionEvidence;
import org.liaisondesk.ladder.model.SuggestionRule;
import org.liaisondesk.ladder.service.SuggestionService;

/**
 * The state of the escalation suggestions: today's suggestions (filtered by rule on screen: they are few), the
 * dismissed ones, and the actions — accept (saves the draft in the background, then opens it through
 * {@code openRecommendation}), dismiss with a reason (offers 撤销), take a dismissal back. Results that arrive after a
 * newer refresh are dropped.
 */
public final class SuggestionsViewModel {
    private final SuggestionService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<Window, Long> openRecommendation;

    /**
     * A new list for every answer, not the old one refilled: refilling a list view's items makes its selection model
     * shift its selection item by item (a quarter of a second for the thousands of suggestions of a district's register).
     */
    private final javafx.beans.property.ReadOnlyObjectWrapper<ObservableList<SuggestionItem>> items =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ObservableList<SuggestionDismissalItem> dismissals = FXCollections.observableArrayList();
    private final ObjectProperty<SuggestionRule> ruleFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showingDismissed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private List<SuggestionItem> all = List.of();
    private long generation;

    private record Loaded(LocalDate asOf, List<SuggestionItem> suggestions, List<SuggestionDismissalItem> dismissals) {
    }

    public SuggestionsViewModel(SuggestionService service, BackgroundExecutor executor, DialogService dialogs,
                                BiConsumer<Window, Long> openRecommendation) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.openRecommendation = openRecommendation;
        ruleFilter.addListener((obs, was, now) -> applyFilter());
    }

    /** Works the suggestions out again as of today, with the dismissals. */
    public void refresh() {
        long mine = ++generation;
        busy.set(true);
        executor.run(() -> {
            LocalDate today = service.today();
            // The rows' texts are written here, on the worker: hundreds of suggestions with thousands of evidence lines.
            return new Loaded(today, service.suggestions(today).stream().map(SuggestionsViewModel::toItem).toList(),
                    service.dismissals().stream().map(SuggestionsViewModel::toItem).toList());
        }, loaded -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            all = loaded.suggestions();
            dismissals.setAll(loaded.dismissals());
            summary.set(Messages.tr("ladder.suggest.summary", loaded.asOf().toString(), all.size(),
                    loaded.dismissals().size()));
            applyFilter();
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                dialogs.showError(Messages.tr("ladder.suggest.title"), ErrorText.of(e));
            }
        });
    }

    private void applyFilter() {
        SuggestionRule rule = ruleFilter.get();
        items.set(FXCollections.observableArrayList(
                all.stream().filter(i -> rule == null || i.suggestion().rule() == rule).toList()));
    }

    static SuggestionItem toItem(Suggestion s) {
        String target = s.targetTier() == null ? Messages.tr("ladder.suggest.target.lawsuit")
                : s.targetName().isEmpty() ? Messages.tr("ladder.suggest.target.noRecipient",
                        Messages.tr(s.targetTier().messageKey()))
                : Messages.tr("ladder.suggest.target", Messages.tr(s.targetTier().messageKey()), s.targetName());
        List<String> evidence = s.evidence().stream().map(SuggestionsViewModel::evidenceLine).toList();
        String accept = Messages.tr(s.rule() == SuggestionRule.LAWSUIT ? "ladder.suggest.openForLawsuit"
                : "ladder.suggest.accept");
        return new SuggestionItem(s, Messages.tr(s.rule().messageKey()), target, s.reason(), evidence, accept);
    }

    /** "案件 2026年3月5日 崇检民受〔2026〕5号 清溪镇某木材厂占用耕地案（已送达，待回复）". */
    static String evidenceLine(SuggestionEvidence e) {
        StringBuilder line = new StringBuilder(Messages.tr(e.kind().messageKey()));
        if (e.date() != null) {
            line.append(' ').append(e.date());
        }
        if (!e.number().isEmpty()) {
            line.append(' ').append(e.number());
        }
        line.append(' ');
        if (e.involvesMinor()) {
            line.append(Messages.tr("ladder.suggest.minorMark"));
        }
        line.append(e.label());
        if (e.status() != null) {
            line.append('（').append(Messages.tr(e.status().messageKey())).append('）');
        }
        return line.toString();
    }

    static SuggestionDismissalItem toItem(SuggestionDismissal d) {
        return new SuggestionDismissalItem(d, Messages.tr(d.rule().messageKey()),
                d.dismissedOn() == null ? "" : d.dismissedOn().toString(), d.userName(), d.reason(), d.evidenceKey());
    }

    /**
     * Accepts the suggestion: the draft is saved in the background and opened; for a lawsuit the recommendation
     * itself is opened. {@code recipientId} addresses a class-case draft whose regulator is not known (null
     * otherwise).
     */
    public void accept(SuggestionItem item, Long recipientId, Window owner) {
        busy.set(true);
        executor.run(() -> service.accept(item.suggestion(), recipientId), detail -> {
            busy.set(false);
            if (item.suggestion().rule() != SuggestionRule.LAWSUIT) {
                dialogs.notify(Messages.tr("ladder.suggest.accepted", detail.recommendation().title()), null, null);
            }
            openRecommendation.accept(owner, detail.id());
            refresh();
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("ladder.suggest.title"), ErrorText.of(e));
            refresh();
        });
    }

    /** The recipients a class-case draft may be addressed to, loaded in the background. */
    public void loadRecipientChoices(Consumer<List<RecipientRef>> then) {
        executor.run(service::recipientChoices, then::accept,
                e -> dialogs.showError(Messages.tr("ladder.suggest.title"), ErrorText.of(e)));
    }

    /** Why a dismissal reason cannot be taken, in words; null when it can. */
    public String reasonProblem(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return Messages.tr("ladder.suggest.reasonRequired");
        }
        return text.length() > SuggestionService.REASON_MAX
                ? Messages.tr("ladder.suggest.reasonTooLong", SuggestionService.REASON_MAX) : null;
    }

    /** Dismisses the suggestion for the reason given, in the background; the notice offers 撤销. */
    public void dismiss(SuggestionItem item, String reason) {
        Suggestion s = item.suggestion();
        busy.set(true);
        executor.run(() -> {
            service.dismiss(s, reason);
            return s;
        }, done -> {
            busy.set(false);
            dialogs.notify(Messages.tr("ladder.suggest.dismissed"), Messages.tr("common.undo"),
                    () -> undoDismiss(done.rule(), done.evidenceKey()));
            refresh();
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("ladder.suggest.title"), ErrorText.of(e));
        });
    }

    /** Takes a dismissal back: the suggestion shows again while it stands. */
    public void restore(SuggestionDismissalItem item) {
        undoDismiss(item.dismissal().rule(), item.dismissal().evidenceKey());
    }

    private void undoDismiss(SuggestionRule rule, String evidenceKey) {
        busy.set(true);
        executor.run(() -> {
            service.undoDismiss(rule, evidenceKey);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            dialogs.notify(Messages.tr("ladder.suggest.restored"), null, null);
            refresh();
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("ladder.suggest.title"), ErrorText.of(e));
        });
    }

    public ObservableList<SuggestionItem> items() { return items.get(); }
    public javafx.beans.property.ReadOnlyObjectProperty<ObservableList<SuggestionItem>> itemsProperty() {
        return items.getReadOnlyProperty();
    }
    public ObservableList<SuggestionDismissalItem> dismissals() { return dismissals; }
    public ObjectProperty<SuggestionRule> ruleFilterProperty() { return ruleFilter; }
    public BooleanProperty showingDismissedProperty() { return showingDismissed; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
