package org.liaisondesk.desk.ui;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.desk.model.DeskGroup;
import org.liaisondesk.desk.model.DeskItem;
import org.liaisondesk.desk.model.DeskSection;
import org.liaisondesk.desk.model.DeskSummary;
import org.liaisondesk.desk.model.OpenTarget;
import org.liaisondesk.desk.service.DeskService;

/**
 * The desk's state: one block per section, loaded in the background (an answer older than the latest request is
 * dropped), and what a row opens. The records are opened through the callbacks the main window gives (each
 * receives the owner window and the record's id).
 */
public final class DeskViewModel {
    private final DeskService desk;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final BiConsumer<Window, Long> openRecommendation;
    private final BiConsumer<Window, Long> openLead;
    private final BiConsumer<Window, Long> openVisit;
    private final ObservableList<DeskBlock> blocks = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private long generation;

    public DeskViewModel(DeskService desk, BackgroundExecutor executor, DialogService dialogs,
                         BiConsumer<Window, Long> openRecommendation, BiConsumer<Window, Long> openLead,
                         BiConsumer<Window, Long> openVisit) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.openRecommendation = Objects.requireNonNull(openRecommendation, "openRecommendation");
        this.openLead = Objects.requireNonNull(openLead, "openLead");
        this.openVisit = Objects.requireNonNull(openVisit, "openVisit");
    }

    /** Loads the desk of today in the background. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        executor.run(desk::today, summary -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            show(summary);
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                summaryText.set(Messages.tr("desk.failed"));
                dialogs.showError(Messages.tr("desk.title"), ErrorText.of(e));
            }
        });
    }

    private void show(DeskSummary summary) {
        dateText.set(Messages.tr("desk.asOf", summary.asOf().toString(),
                summary.asOf().getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.current().locale())));
        long total = summary.total();
        summaryText.set(total == 0 ? Messages.tr("desk.summary.nothing") : Messages.tr("desk.summary.some", total));
        blocks.setAll(summary.groups().stream().map(g -> block(g, summary)).toList());
    }

    static DeskBlock block(DeskGroup g, DeskSummary summary) {
        DeskSection section = g.section();
        String name = switch (section) {
            case REPLY_DUE_SOON -> Messages.tr(section.messageKey(), summary.replyLeadDays());
            case PETITION_DUE -> Messages.tr(section.messageKey(), summary.petitionLeadDays());
            default -> Messages.tr(section.messageKey());
        };
        String heading = Messages.tr("desk.heading", name, g.total());
        List<DeskRow> rows = g.items().stream().map(DeskViewModel::row).toList();
        boolean late = g.total() > 0 && (section.late() || g.overdueShown() > 0);
        String more = g.notShown() > 0 ? Messages.tr("desk.more", g.items().size(), g.total()) : "";
        return new DeskBlock(section, name, heading, g.total(), late, rows, Messages.tr(section.emptyKey()), more);
    }

    static DeskRow row(DeskItem item) {
        String date;
        String timing;
        DeskRow.Urgency urgency;
        if (item.dueOn() != null) {
            date = item.dueOn().toString();
            if (item.overdue()) {
                timing = Messages.tr("desk.timing.overdue", -item.days());
                urgency = DeskRow.Urgency.OVERDUE;
            } else if (item.dueToday()) {
                timing = Messages.tr("desk.timing.today");
                urgency = DeskRow.Urgency.SOON;
            } else {
                timing = Messages.tr("desk.timing.left", item.days());
                urgency = DeskRow.Urgency.SOON;
            }
        } else {
            date = item.since() == null ? "" : item.since().toString();
            timing = Messages.tr("desk.timing.waiting", item.days());
            urgency = DeskRow.Urgency.CALM;
        }
        String title = item.minor() ? Messages.tr("desk.minorMark") + item.title() : item.title();
        return new DeskRow(item.target(), date, timing, urgency, Messages.tr(item.deadlineKey()), title, item.detail());
    }

    /** Opens the row's record (its page or editor) through the main window's callback. */
    public void open(Window owner, DeskRow row) {
        if (row == null) {
            return;
        }
        OpenTarget t = row.target();
        switch (t.kind()) {
            case RECOMMENDATION -> openRecommendation.accept(owner, t.id());
            case LEAD -> openLead.accept(owner, t.id());
            case VISIT -> openVisit.accept(owner, t.id());
        }
    }

    public ObservableList<DeskBlock> blocks() {
        return blocks;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "2026-11-23 星期一". */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** "今天共有 7 项需要处理" or that nothing needs doing. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }
}
