package org.liaisondesk.ladder.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.time.DeadlineStatus;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.ladder.model.RecommendationRow;
import org.liaisondesk.ladder.model.RecommendationSort;
import org.liaisondesk.ladder.model.RecommendationType;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.ladder.ui.PickerChoices.RecipientChoice;
import org.liaisondesk.ladder.ui.RecommendationListItem.Tone;
import org.liaisondesk.register.roster.service.RecipientService;

/**
 * The state of the recommendation list: filters (tier, type, status, recipient — as addressee or copied —, overdue
 * replies, replies due soon), the search text, the sort, the current page and its count. Every query runs in the
 * background; a result that arrives after a newer query was started is dropped. "Due soon" means within the
 * reminder lead time of the settings, read when the list is queried.
 */
public final class RecommendationListViewModel
        extends PagedListViewModel<RecommendationQuery, RecommendationRow, RecommendationListItem> {
    private final RecommendationService ladder;
    private final IntSupplier dueSoonDays;

    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<RecommendationType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LadderStatus> status = new SimpleObjectProperty<>();
    private final SearchPickerModel<RecipientChoice> recipient;
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final BooleanProperty dueSoonOnly = new SimpleBooleanProperty();
    private final ObjectProperty<RecommendationSort> sort = new SimpleObjectProperty<>(RecommendationSort.DRAFTED_ON);
    private final BooleanProperty descending = new SimpleBooleanProperty(true);

    /**
     * @param dueSoonDays the reminder lead time of the settings (回复即将到期: due within that many days)
     */
    public RecommendationListViewModel(RecommendationService ladder, RecipientService recipients,
                                       BackgroundExecutor executor, DialogService dialogs, IntSupplier pageSize,
                                       IntSupplier dueSoonDays) {
        super(executor, dialogs, pageSize);
        this.ladder = ladder;
        this.dueSoonDays = dueSoonDays;
        this.recipient = new SearchPickerModel<>(executor, dialogs,
                words -> () -> recipients.search(words, RecommendationEditorViewModel.PICKER_LIMIT).stream()
                        .map(RecipientChoice::of).toList(),
                RecipientChoice::name, "ladder.list.title");
        // The two deadline filters exclude each other: a reply cannot be overdue and due soon at once.
        overdueOnly.addListener((obs, was, now) -> {
            if (now) {
                dueSoonOnly.set(false);
            }
        });
        dueSoonOnly.addListener((obs, was, now) -> {
            if (now) {
                overdueOnly.set(false);
            }
        });
    }

    public void sortBy(RecommendationSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        tier.set(null);
        type.set(null);
        status.set(null);
        recipient.clear();
        overdueOnly.set(false);
        dueSoonOnly.set(false);
        refresh();
    }

    /** The list's query as it stands (filters, sort, current page): also what an export of the list runs. */
    @Override
    public RecommendationQuery query() {
        RecipientChoice to = recipient.chosen();
        return new RecommendationQuery(searchTextProperty().get(), tier.get(), type.get(), status.get(),
                to == null ? null : to.id(), overdueOnly.get(),
                dueSoonOnly.get() ? Math.max(1, dueSoonDays.getAsInt()) : 0, ladder.today(), isRecycleBin(),
                sort.get(), descending.get(), pageStart(), pageSize());
    }

    @Override
    protected Page<RecommendationRow> fetch(RecommendationQuery query) {
        return ladder.page(query);
    }

    @Override
    protected long count(RecommendationQuery query) {
        return ladder.count(query);
    }

    @Override
    protected List<RecommendationListItem> toItems(List<RecommendationRow> rows) {
        LocalDate today = ladder.today();
        int soon = dueSoonDays.getAsInt();
        return rows.stream().map(r -> item(r, today, soon)).toList();
    }

    @Override
    protected RecommendationListItem toItem(RecommendationRow row) {
        return item(row, ladder.today(), dueSoonDays.getAsInt());
    }

    static RecommendationListItem item(RecommendationRow r, LocalDate today, int soonDays) {
        String title = r.urgent() ? Messages.tr("ladder.list.urgentMark") + r.title() : r.title();
        String reply = r.replyOutcome() == null ? ""
                : Messages.tr(r.replyOutcome().messageKey()) + (r.repliedOn() == null ? "" : " " + r.repliedOn());
        return new RecommendationListItem(r.id(), r.draftedOn() == null ? "" : r.draftedOn().toString(), r.number(),
                Messages.tr("ladder.tierShort." + r.tier().name()), Messages.tr("ladder.typeShort." + r.type().name()), title, r.recipientName(),
                Messages.tr(r.status().messageKey()), r.servedOn() == null ? "" : r.servedOn().toString(),
                replyDue(r, today), reply,
                r.rectification() == null ? "" : Messages.tr(r.rectification().messageKey()), tone(r, today, soonDays));
    }

    /** The reply is still awaited: served (or under review) and not replied. */
    private static boolean awaitingReply(RecommendationRow r) {
        return r.replyDueOn() != null && r.repliedOn() == null
                && (r.status() == LadderStatus.SERVED || r.status() == LadderStatus.UNDER_REVIEW);
    }

    /** 2027-01-25 已逾期 3 天 / 今日到期 / 还剩 12 天, while the reply is awaited; otherwise the date alone. */
    static String replyDue(RecommendationRow r, LocalDate today) {
        if (r.replyDueOn() == null) {
            return "";
        }
        String date = r.replyDueOn().toString();
        if (!awaitingReply(r)) {
            return date;
        }
        long left = DeadlineStatus.daysLeft(r.replyDueOn(), today);
        if (left < 0) {
            return date + " " + Messages.tr("ladder.list.overdueDays", -left);
        }
        return date + " " + (left == 0 ? Messages.tr("ladder.list.dueToday") : Messages.tr("ladder.list.daysLeft", left));
    }

    static Tone tone(RecommendationRow r, LocalDate today, int soonDays) {
        if (r.status().isFinished()) {
            return Tone.FINISHED;
        }
        if (r.overdue(today)) {
            return Tone.OVERDUE;
        }
        if (awaitingReply(r) && DeadlineStatus.daysLeft(r.replyDueOn(), today) <= soonDays) {
            return Tone.DUE_SOON;
        }
        return Tone.NORMAL;
    }

    @Override
    protected String titleKey() {
        return "ladder.list.title";
    }

    @Override
    protected RecommendationQuery fromFirstPage(RecommendationQuery query) {
        return query.after(null);
    }

    /** No personal data in this list: it is exported as it is, without asking about masking. */
    @Override
    public void export(Path target, boolean overwrite) {
        RecommendationQuery whole = fromFirstPage(query());
        dialogs.notify(Messages.tr("export.running"), null, null);
        executor.run(() -> exportNow(whole, false, target, overwrite),
                n -> dialogs.notify(Messages.tr("export.done", n, target), null, null),
                e -> dialogs.showError(Messages.tr("export.title"), ErrorText.of(e)));
    }

    @Override
    protected long exportNow(RecommendationQuery query, boolean unmasked, Path target, boolean overwrite) {
        return ladder.export(query, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "ladder.list.recycleBinTitle" : "ladder.list.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        ladder.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        ladder.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "ladder.list.deleted";
    }

    @Override
    protected String restoredKey() {
        return "ladder.list.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "ladder.list.deleteFailed";
    }

    @Override
    protected String restoreFailedKey() {
        return "ladder.list.restoreFailed";
    }

    public ObjectProperty<Tier> tierProperty() { return tier; }
    public ObjectProperty<RecommendationType> typeProperty() { return type; }
    public ObjectProperty<LadderStatus> statusProperty() { return status; }
    public SearchPickerModel<RecipientChoice> recipient() { return recipient; }
    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    public BooleanProperty dueSoonOnlyProperty() { return dueSoonOnly; }
    public ObjectProperty<RecommendationSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
}
