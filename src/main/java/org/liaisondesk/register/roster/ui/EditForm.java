package org.liaisondesk.register.roster.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;

/**
 * What every roster edit form shares: problems shown per field once the field was left or a save was tried,
 * a refused save that keeps what was typed, a dirty check against what the form started with, date fields
 * whose text could not be read, and the history (修改记录) of a saved record.
 *
 * @param <T> the record the form edits
 */
public abstract class EditForm<T> {
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Set<String> touched = new HashSet<>();
    // Refusals from the service (a duplicate name) stay on their field until that field is edited.
    private final Map<String, FieldProblem> refused = new LinkedHashMap<>();
    private final Set<String> unreadableDates = new HashSet<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Runnable afterSave;
    private final boolean isNew;
    private boolean submitted;
    private T initial;

    /** @param afterSave runs on the UI thread after each successful save, before the caller's callback */
    protected EditForm(boolean isNew, BackgroundExecutor executor, DialogService dialogs, Runnable afterSave) {
        this.isNew = isNew;
        this.executor = executor;
        this.dialogs = dialogs;
        this.afterSave = afterSave;
    }

    /** The form's content as a record, not yet validated. */
    public abstract T value();

    abstract List<FieldProblem> check(T value);

    /** Stores the record; runs in the background. */
    abstract T store(T value);

    abstract String saveFailedKey();

    /** The saved record's id, null for a record not yet saved. */
    public abstract Long recordId();

    /** The saved record's history, oldest first; runs in the background. */
    abstract List<HistoryEntry> history(long id);

    /** Revalidates whenever {@code property} changes; called by subclasses for each field. */
    void watch(String field, ObservableValue<?> property) {
        property.addListener((obs, was, now) -> {
            refused.remove(field);
            revalidate();
        });
    }

    /** Takes the loaded content as the baseline for {@link #isDirty()}. */
    void markClean() {
        initial = value();
    }

    public boolean isNew() {
        return isNew;
    }

    /** True when what was typed differs from what the form started with. */
    public boolean isDirty() {
        return !value().equals(initial) || !unreadableDates.isEmpty();
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
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : unreadableDates) {
            problems.add(new FieldProblem(field, "common.validation.dateFormat"));
        }
        problems.addAll(check(value()));
        return problems;
    }

    private void revalidate() {
        List<FieldProblem> problems = new ArrayList<>(refused.values());
        problems.addAll(problems());
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            if (submitted || touched.contains(p.field()) || refused.containsKey(p.field())) {
                shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
            }
        }
        errors.keySet().retainAll(shown.keySet());
        errors.putAll(shown);
    }

    /**
     * Validates and saves in the background. On success {@code onSaved} gets the stored record; on refusal
     * the problems show on their fields and nothing is written.
     */
    public void save(Consumer<T> onSaved) {
        if (saving.get()) {
            return;
        }
        submitted = true;
        if (!problems().isEmpty()) {
            revalidate();
            return;
        }
        T value = value();
        saving.set(true);
        executor.run(() -> store(value), saved -> {
            saving.set(false);
            initial = value();
            afterSave.run();
            onSaved.accept(saved);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                v.problems().forEach(p -> refused.put(p.field(), p));
                revalidate();
            } else {
                dialogs.showError(Messages.tr(saveFailedKey()), ErrorText.of(e));
            }
        });
    }

    /** Asks whether typed changes may be thrown away; true when there are none or the user agreed. */
    public boolean mayDiscard() {
        return !isDirty() || dialogs.confirm(Messages.tr("roster.sectionTitle"),
                Messages.tr("roster.discardQuestion"), Messages.tr("roster.discard"));
    }

    /** Loads the saved record's history in the background and hands it to {@code show}. */
    public void loadHistory(Consumer<List<HistoryEntry>> show) {
        Long id = recordId();
        if (id == null) {
            return;
        }
        executor.run(() -> history(id), show,
                e -> dialogs.showError(Messages.tr("history.show"), ErrorText.of(e)));
    }

    /**
     * The history with the ids stored for {@code field} (a role, a station, a superior) replaced by the names
     * they stand for, so that 修改记录 reads "网格员 → 人大代表" rather than "11 → 14". Unknown ids stay as stored.
     */
    static List<HistoryEntry> withNames(List<HistoryEntry> entries, String field, Map<Long, String> names) {
        return entries.stream().map(e -> new HistoryEntry(e.at(), e.user(), e.action(), e.changes().stream()
                .map(ch -> ch.field().equals(field)
                        ? new HistoryEntry.FieldChange(field, name(ch.oldValue(), names), name(ch.newValue(), names))
                        : ch)
                .toList())).toList();
    }

    private static String name(String storedId, Map<Long, String> names) {
        if (storedId == null || storedId.isEmpty()) {
            return "";
        }
        try {
            return names.getOrDefault(Long.parseLong(storedId), storedId);
        } catch (NumberFormatException e) {
            return storedId;
        }
    }

    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
