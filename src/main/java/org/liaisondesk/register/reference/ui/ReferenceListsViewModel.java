package org.liaisondesk.register.reference.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.service.ReferenceService;

/**
 * The editable reference lists (十大业务, 联络员角色): add, rename, move up and down, delete with 撤销. An
 * entry that records still use is not deleted; the refusal says how many use it. Work runs in the background.
 */
public final class ReferenceListsViewModel {
    private final ReferenceService reference;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Runnable onChanged = () -> { };

    private final ObjectProperty<ReferenceList> list = new SimpleObjectProperty<>(ReferenceList.BUSINESS);
    private final ObservableList<ReferenceItem> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public ReferenceListsViewModel(ReferenceService reference, BackgroundExecutor executor, DialogService dialogs) {
        this.reference = reference;
        this.executor = executor;
        this.dialogs = dialogs;
        list.addListener((obs, was, now) -> load());
    }

    /** Called after an entry was added, renamed, moved, deleted or restored (pick lists elsewhere follow). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** Reloads the chosen list; a result that arrives after a newer load was started is dropped. */
    public void load() {
        long mine = ++generation;
        ReferenceList which = list.get();
        loading.set(true);
        executor.run(() -> reference.list(which), loaded -> {
            if (mine == generation) {
                items.setAll(loaded);
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("roster.reference.title"), ErrorText.of(e));
            }
        });
    }

    public NameForm newItem() {
        return new NameForm(null);
    }

    public NameForm rename(ReferenceItem item) {
        return new NameForm(item);
    }

    public void moveUp(ReferenceItem item) {
        move(item, true);
    }

    public void moveDown(ReferenceItem item) {
        move(item, false);
    }

    private void move(ReferenceItem item, boolean up) {
        long mine = ++generation;
        executor.run(() -> reference.move(item.id(), up), moved -> {
            if (mine == generation) {
                items.setAll(moved);
            }
            onChanged.run();
        }, e -> dialogs.showError(Messages.tr("roster.reference.title"), ErrorText.of(e)));
    }

    /** Removes the entry from its pick list and offers to undo it; refused while records use it. */
    public void delete(ReferenceItem item) {
        executor.run(() -> {
            reference.delete(item.id());
            return item;
        }, deleted -> {
            changed();
            dialogs.notify(Messages.tr("roster.reference.deleted", deleted.name()), Messages.tr("common.undo"),
                    () -> restore(deleted));
        }, e -> dialogs.showError(Messages.tr("roster.deleteRefused"), ErrorText.of(e)));
    }

    public void restore(ReferenceItem item) {
        executor.run(() -> {
            reference.restore(item.id());
            return item;
        }, restored -> {
            changed();
            dialogs.notify(Messages.tr("roster.reference.restored", restored.name()), null, null);
        }, e -> dialogs.showError(Messages.tr("roster.restoreFailed"), ErrorText.of(e)));
    }

    private void changed() {
        load();
        onChanged.run();
    }

    public ObjectProperty<ReferenceList> listProperty() { return list; }
    public ObservableList<ReferenceItem> items() { return items; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /**
     * The one-field form of an entry (a new one, or a rename). Problems show once the field was left or a save
     * was tried; a refused name stays on the field, with what was typed, until the name is edited.
     */
    public final class NameForm {
        private final ReferenceItem original;
        private final ReferenceList target;
        private final StringProperty name = new SimpleStringProperty("");
        private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
        private final Set<String> touched = new HashSet<>();
        private final Map<String, FieldProblem> refused = new LinkedHashMap<>();
        private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
        private boolean submitted;
        private String initial;

        NameForm(ReferenceItem original) {
            this.original = original;
            this.target = original == null ? list.get() : original.list();
            name.set(original == null ? "" : original.name());
            initial = name.get();
            name.addListener((obs, was, now) -> {
                refused.remove("name");
                revalidate();
            });
        }

        public boolean isNew() {
            return original == null;
        }

        /** The list the entry belongs to. */
        public ReferenceList list() {
            return target;
        }

        public ReferenceItem value() {
            return original == null ? ReferenceItem.draft(target, name.get())
                    : new ReferenceItem(original.id(), original.uuid(), target, name.get(), original.sortOrder());
        }

        public boolean isDirty() {
            return !Objects.equals(name.get(), initial);
        }

        public void touch(String field) {
            touched.add(field);
            revalidate();
        }

        private void revalidate() {
            List<FieldProblem> problems = new ArrayList<>(refused.values());
            problems.addAll(ReferenceService.check(value()));
            Map<String, String> shown = new LinkedHashMap<>();
            for (FieldProblem p : problems) {
                if (submitted || touched.contains(p.field()) || refused.containsKey(p.field())) {
                    shown.putIfAbsent(p.field(), Messages.tr(p.messageKey(), p.args()));
                }
            }
            errors.keySet().retainAll(shown.keySet());
            errors.putAll(shown);
        }

        /** Saves in the background; {@code onSaved} gets the stored entry, a refusal shows on the field. */
        public void save(Consumer<ReferenceItem> onSaved) {
            if (saving.get()) {
                return;
            }
            submitted = true;
            ReferenceItem value = value();
            if (!ReferenceService.check(value).isEmpty()) {
                revalidate();
                return;
            }
            saving.set(true);
            executor.run(() -> reference.save(value), saved -> {
                saving.set(false);
                initial = name.get();
                changed();
                onSaved.accept(saved);
            }, e -> {
                saving.set(false);
                if (e instanceof ValidationException v) {
                    v.problems().forEach(p -> refused.put(p.field(), p));
                    revalidate();
                } else {
                    dialogs.showError(Messages.tr("roster.reference.saveFailed"), ErrorText.of(e));
                }
            });
        }

        /** Asks whether a typed name may be thrown away; true when nothing was typed or the user agreed. */
        public boolean mayDiscard() {
            return !isDirty() || dialogs.confirm(Messages.tr("roster.reference.title"),
                    Messages.tr("roster.discardQuestion"), Messages.tr("roster.discard"));
        }

        public StringProperty nameProperty() { return name; }
        public ObservableMap<String, String> errors() { return errors; }
        public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    }
}
