package org.liaisondesk.audit.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.liaisondesk.audit.model.AuditEntry;
import org.liaisondesk.audit.model.AuditLine;
import org.liaisondesk.audit.model.AuditQuery;
import org.liaisondesk.audit.service.AuditService;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.PagePosition;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.HistoryDialog;
import org.liaisondesk.common.ui.HistoryLines;
import org.liaisondesk.storage.AuditChain;
import org.liaisondesk.storage.AuditLog;

/**
 * 审计日志: the log filtered by days, user, action and record, newest first, a page at a time (keyset paging); the
 * selected row's old and new values as a list of changed fields, masked like every list; the state of the hash chain,
 * verified in the background; and the export to Excel of what the filters select.
 */
public final class AuditViewModel {
    /** A row as the table shows it. */
    public record Item(AuditEntry entry, String at, String user, String action, String entity, String record) {
        static Item of(AuditEntry e) {
            return new Item(e, e.at().replace('T', ' ').replaceAll("(Z|[+-]\\d{2}:\\d{2})$", ""), e.user(),
                    AuditService.actionLabel(e.action()), AuditService.entityLabel(e.entity()),
                    AuditService.recordText(e));
        }
    }

    /** A choice of a filter's drop-down: the stored value (null: any) and its words. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AuditService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> user = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> action = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> entity = new SimpleObjectProperty<>();
    private final StringProperty record = new SimpleStringProperty("");
    private final ObservableList<Choice> users = FXCollections.observableArrayList();
    private final ObservableList<Choice> actions = FXCollections.observableArrayList();
    private final ObservableList<Choice> entities = FXCollections.observableArrayList();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>();
    private final ObservableList<HistoryDialog.Line> details = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chainText = new ReadOnlyStringWrapper(Messages.tr("audit.chain.verifying"));
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private final PagePosition position = new PagePosition();
    private long total;
    private long generation;

    public AuditViewModel(AuditService service, BackgroundExecutor executor, DialogService dialogs) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        Choice any = new Choice(null, Messages.tr("audit.filter.any"));
        actions.add(any);
        Arrays.stream(AuditLog.Action.values())
                .forEach(a -> actions.add(new Choice(a.name(), AuditService.actionLabel(a.name()))));
        action.set(any);
        users.add(any);
        user.set(any);
        entities.add(any);
        entity.set(any);
        selected.addListener((obs, was, now) -> details.setAll(now == null ? List.of() : detailsOf(now.entry())));
    }

    /** Loads the filters' choices, the first page and the chain's verdict; called whenever the view is shown. */
    public void show() {
        executor.run(() -> List.of(service.users(), service.entities()), lists -> {
            setChoices(users, user, lists.get(0).stream().map(u -> new Choice(u, u)).toList());
            setChoices(entities, entity,
                    lists.get(1).stream().map(e -> new Choice(e, AuditService.entityLabel(e))).toList());
        }, e -> dialogs.showError(Messages.tr("audit.title"), ErrorText.of(e)));
        refresh();
        verifyChain();
    }

    private static void setChoices(ObservableList<Choice> list, ObjectProperty<Choice> chosen, List<Choice> values) {
        Choice current = chosen.get();
        Choice any = list.get(0);
        list.setAll(any);
        list.addAll(values);
        String wanted = current == null ? null : current.value();
        chosen.set(values.stream().filter(c -> c.value() != null && c.value().equals(wanted)).findFirst().orElse(any));
    }

    /** Walks the whole chain in the background and shows ✓ or the first broken row. */
    public void verifyChain() {
        chainText.set(Messages.tr("audit.chain.verifying"));
        executor.run(service::verifyChain, verdict -> {
            chainBroken.set(verdict.broken());
            String text = Messages.tr(verdict.messageKey(), verdict.messageArgs());
            chainText.set(Messages.tr(verdict.broken() ? "audit.chain.broken" : "audit.chain.ok", text));
        }, e -> {
            chainBroken.set(true);
            chainText.set(ErrorText.of(e));
        });
    }

    public AuditQuery query() {
        return new AuditQuery(from.get(), to.get(), value(user), value(action), value(entity), record.get(),
                position.start(), AuditQuery.DEFAULT_LIMIT);
    }

    private static String value(ObjectProperty<Choice> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    /** Runs the filters from the first page. */
    public void refresh() {
        position.reset();
        load(true);
    }

    public void nextPage() {
        if (hasMore.get() && position.forward()) {
            load(false);
        }
    }

    public void previousPage() {
        if (position.back()) {
            load(false);
        }
    }

    private record Loaded(Page<AuditEntry> page, long count) {
    }

    private void load(boolean recount) {
        AuditQuery q = query();
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> new Loaded(service.page(q), recount ? service.count(q) : -1), result -> {
            if (mine != generation) {
                return;
            }
            if (result.count() >= 0) {
                total = result.count();
            }
            items.setAll(result.page().items().stream().map(Item::of).toList());
            position.loaded(result.page());
            hasMore.set(result.page().hasMore());
            hasPrevious.set(position.hasPrevious());
            long pages = Math.max(1, (total + AuditQuery.DEFAULT_LIMIT - 1) / AuditQuery.DEFAULT_LIMIT);
            pageText.set(Messages.tr("common.page", position.number(), pages, total));
            loading.set(false);
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("audit.title"), ErrorText.of(e));
            }
        });
    }

    /** The row's changed fields in words, personal data masked as in the record's own history. */
    static List<HistoryDialog.Line> detailsOf(AuditEntry e) {
        List<HistoryEntry.FieldChange> changes = AuditService.changes(e);
        return HistoryLines.of(List.of(new HistoryEntry(e.at(), e.user(), e.action(), changes)),
                "leads.field.", "cases.field.", "work.field.", "ladder.field.", "holidays.field.", "field.",
                "audit.field.");
    }

    /** The row's changed fields as the export writes them: the same masked lines the viewer shows. */
    static List<AuditLine> linesOf(AuditEntry e) {
        return detailsOf(e).stream().filter(l -> !l.field().isEmpty())
                .map(l -> new AuditLine(l.field(), l.oldValue(), l.newValue())).toList();
    }

    /** Exports what the filters select (every page), masked; the export is itself recorded in the log. */
    public void export(Path target, boolean overwrite) {
        AuditQuery whole = query().after(null);
        dialogs.notify(Messages.tr("export.running"), null, null);
        executor.run(() -> service.export(whole, target, overwrite, AuditViewModel::linesOf), n -> {
            dialogs.notify(Messages.tr("export.done", n, target), null, null);
            refresh();
        }, e -> dialogs.showError(Messages.tr("export.title"), ErrorText.of(e)));
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<Choice> userProperty() { return user; }
    public ObjectProperty<Choice> actionProperty() { return action; }
    public ObjectProperty<Choice> entityProperty() { return entity; }
    public StringProperty recordProperty() { return record; }
    public ObservableList<Choice> users() { return users; }
    public ObservableList<Choice> actions() { return actions; }
    public ObservableList<Choice> entities() { return entities; }
    public ObservableList<Item> items() { return items; }
    public ObjectProperty<Item> selectedProperty() { return selected; }
    public ObservableList<HistoryDialog.Line> details() { return details; }
    public ReadOnlyStringProperty chainTextProperty() { return chainText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty chainBrokenProperty() { return chainBroken.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasMoreProperty() { return hasMore.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasPreviousProperty() { return hasPrevious.getReadOnlyProperty(); }
    public BooleanProperty loadingProperty() { return loading; }
}
