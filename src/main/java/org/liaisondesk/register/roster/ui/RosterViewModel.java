package org.liaisondesk.register.roster.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * The roster section's state: the live stations and prosecutors, and the edit forms for one of them.
 * Reads and writes run in the background; after every change the lists are reloaded and
 * {@link #setOnChanged the main window is told}, so that its pick lists follow.
 */
public final class RosterViewModel {
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Runnable onChanged = () -> { };

    private final ObservableList<Station> stations = FXCollections.observableArrayList();
    private final ObservableList<ProsecutorItem> prosecutors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long generation;

    /** A prosecutor as the table shows it: home station by name, phone masked. */
    public record ProsecutorItem(Prosecutor prosecutor, String stationName, String maskedPhone) {
    }

    private record Lists(List<Station> stations, List<Prosecutor> prosecutors) {
    }

    public RosterViewModel(RosterService roster, BackgroundExecutor executor, DialogService dialogs) {
        this.roster = roster;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Called after a station or prosecutor was saved or deleted. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = Objects.requireNonNull(onChanged);
    }

    /** Reloads both lists; a result that arrives after a newer refresh was started is dropped. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        executor.run(() -> new Lists(roster.stations(), roster.prosecutors()), lists -> {
            if (mine != generation) {
                return;
            }
            stations.setAll(lists.stations());
            Map<Long, String> stationNames = lists.stations().stream()
                    .collect(Collectors.toMap(Station::id, Station::name));
            prosecutors.setAll(lists.prosecutors().stream().map(p -> new ProsecutorItem(p,
                    p.stationId() == null ? "" : stationNames.getOrDefault(p.stationId(), ""),
                    Masking.maskPhone(p.phone()))).toList());
            loading.set(false);
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                dialogs.showError(Messages.tr("roster.loadFailed"), ErrorText.of(e));
            }
        });
    }

    public StationForm newStation() {
        return new StationForm(null);
    }

    public StationForm editStation(Station station) {
        return new StationForm(station);
    }

    public ProsecutorForm newProsecutor() {
        return new ProsecutorForm(null);
    }

    public ProsecutorForm editProsecutor(Prosecutor prosecutor) {
        return new ProsecutorForm(prosecutor);
    }

    /** Asks first, then removes the station from the pick lists; visits that name it keep their record. */
    public void deleteStation(Station station) {
        delete(station.name(), "roster.station.deleteQuestion", "roster.station.deleted",
                () -> roster.deleteStation(station.id()));
    }

    /** Asks first, then removes the prosecutor from the pick lists; visits that name them keep their record. */
    public void deleteProsecutor(Prosecutor prosecutor) {
        delete(prosecutor.name(), "roster.prosecutor.deleteQuestion", "roster.prosecutor.deleted",
                () -> roster.deleteProsecutor(prosecutor.id()));
    }

    private void delete(String name, String questionKey, String doneKey, Runnable work) {
        if (!dialogs.confirm(Messages.tr("roster.title"), Messages.tr(questionKey, name), Messages.tr("roster.delete"))) {
            return;
        }
        executor.run(() -> {
            work.run();
            return name;
        }, deleted -> {
            changed();
            dialogs.notify(Messages.tr(doneKey, deleted), null, null);
        }, e -> dialogs.showError(Messages.tr("roster.deleteFailed"), ErrorText.of(e)));
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    public ObservableList<Station> stations() { return stations; }
    public ObservableList<ProsecutorItem> prosecutors() { return prosecutors; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /**
     * What an edit form shares: problems shown per field once the field was left or a save was tried, a
     * refused save that keeps what was typed, and a dirty check against what the form started with.
     */
    public abstract class Form<T> {
        private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
        private final Set<String> touched = new HashSet<>();
        // Refusals from the service (a duplicate name) stay on their field until that field is edited.
        private final Map<String, FieldProblem> refused = new LinkedHashMap<>();
        private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
        private final boolean isNew;
        private boolean submitted;
        private T initial;

        Form(boolean isNew) {
            this.isNew = isNew;
        }

        /** The form's content as a record, not yet validated. */
        public abstract T value();

        abstract List<FieldProblem> check(T value);

        abstract T store(T value);

        abstract String saveFailedKey();

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
            return !value().equals(initial);
        }

        /** The view calls this when the user leaves a field: its problems are shown from then on. */
        public void touch(String field) {
            touched.add(field);
            revalidate();
        }

        private void revalidate() {
            List<FieldProblem> problems = new ArrayList<>(refused.values());
            problems.addAll(check(value()));
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
         * Validates and saves in the background. On success the lists are reloaded and {@code onSaved} gets
         * the stored record; on refusal the problems show on their fields and nothing is written.
         */
        public void save(Consumer<T> onSaved) {
            if (saving.get()) {
                return;
            }
            submitted = true;
            T value = value();
            if (!check(value).isEmpty()) {
                revalidate();
                return;
            }
            saving.set(true);
            executor.run(() -> store(value), saved -> {
                saving.set(false);
                initial = value();
                changed();
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
            return !isDirty() || dialogs.confirm(Messages.tr("roster.title"),
                    Messages.tr("roster.discardQuestion"), Messages.tr("roster.discard"));
        }

        public ObservableMap<String, String> errors() { return errors; }
        public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    }

    /** The form for one station. */
    public final class StationForm extends Form<Station> {
        private final Station original;
        private final StringProperty name = new SimpleStringProperty("");
        private final ObjectProperty<StationKind> kind = new SimpleObjectProperty<>();
        private final StringProperty address = new SimpleStringProperty("");
        private final StringProperty note = new SimpleStringProperty("");

        StationForm(Station original) {
            super(original == null);
            this.original = original;
            if (original != null) {
                name.set(original.name());
                kind.set(original.kind());
                address.set(original.address());
                note.set(original.note());
            }
            watch("name", name);
            watch("kind", kind);
            watch("address", address);
            watch("note", note);
            markClean();
        }

        @Override
        public Station value() {
            return new Station(original == null ? null : original.id(), original == null ? null : original.uuid(),
                    text(name), kind.get(), text(address), text(note));
        }

        @Override
        List<FieldProblem> check(Station value) {
            return RosterRules.check(value);
        }

        @Override
        Station store(Station value) {
            return roster.save(value);
        }

        @Override
        String saveFailedKey() {
            return "roster.station.saveFailed";
        }

        public StringProperty nameProperty() { return name; }
        public ObjectProperty<StationKind> kindProperty() { return kind; }
        public StringProperty addressProperty() { return address; }
        public StringProperty noteProperty() { return note; }
    }

    /** The form for one prosecutor; the home station is picked from the live stations and may stay empty. */
    public final class ProsecutorForm extends Form<Prosecutor> {
        private final Prosecutor original;
        private final StringProperty name = new SimpleStringProperty("");
        private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
        private final StringProperty phone = new SimpleStringProperty("");
        private final StringProperty note = new SimpleStringProperty("");

        ProsecutorForm(Prosecutor original) {
            super(original == null);
            this.original = original;
            if (original != null) {
                name.set(original.name());
                station.set(stations.stream().filter(s -> s.id().equals(original.stationId())).findFirst().orElse(null));
                phone.set(original.phone());
                note.set(original.note());
            }
            watch("name", name);
            watch("stationId", station);
            watch("phone", phone);
            watch("note", note);
            markClean();
        }

        @Override
        public Prosecutor value() {
            return new Prosecutor(original == null ? null : original.id(), original == null ? null : original.uuid(),
                    text(name), text(phone), station.get() == null ? null : station.get().id(), text(note));
        }

        @Override
        List<FieldProblem> check(Prosecutor value) {
            return RosterRules.check(value);
        }

        @Override
        Prosecutor store(Prosecutor value) {
            return roster.save(value);
        }

        @Override
        String saveFailedKey() {
            return "roster.prosecutor.saveFailed";
        }

        /** The stations to pick from, the live list of the section. */
        public ObservableList<Station> stations() { return stations; }
        public StringProperty nameProperty() { return name; }
        public ObjectProperty<Station> stationProperty() { return station; }
        public StringProperty phoneProperty() { return phone; }
        public StringProperty noteProperty() { return note; }
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }
}
