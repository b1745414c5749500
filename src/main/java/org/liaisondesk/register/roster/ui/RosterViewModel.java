package org.liaisondesk.register.roster.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.reference.ui.ReferenceListsViewModel;
import org.liaisondesk.register.roster.model.InUseException;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.RecordUsage;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * The roster section's state (名册). Its first tab, stations and prosecutors, lives here: the live lists and
 * the edit forms for one of them. The other tabs have their own view models, made here: the liaison roster,
 * the recipient directory and the editable reference lists. Reads and writes run in the background; after a
 * station or prosecutor changed the lists are reloaded and {@link #setOnChanged the main window is told}.
 */
public final class RosterViewModel {
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final LiaisonListViewModel liaisonList;
    private final RecipientListViewModel recipientList;
    private final ReferenceListsViewModel referenceLists;
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

    /** The whole section: stations and prosecutors, liaisons, recipient organisations, reference lists. */
    public RosterViewModel(RosterService roster, LiaisonService liaisons, RecipientService recipients,
                           ReferenceService reference, BackgroundExecutor executor, DialogService dialogs,
                           IntSupplier pageSize) {
        this.roster = roster;
        this.executor = executor;
        this.dialogs = dialogs;
        this.liaisonList = new LiaisonListViewModel(liaisons, roster, reference, executor, dialogs, pageSize);
        this.recipientList = new RecipientListViewModel(recipients, executor, dialogs, pageSize);
        this.referenceLists = new ReferenceListsViewModel(reference, executor, dialogs);
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

    /**
     * Refuses, naming how many records use it, while the station is in use; otherwise asks first, then removes
     * it from the pick lists.
     */
    public void deleteStation(Station station) {
        delete(station.name(), () -> roster.stationUsage(station.id()), "roster.inUse.station",
                "roster.station.deleteQuestion", "roster.station.deleted", () -> roster.deleteStation(station.id()));
    }

    /** Like {@link #deleteStation}: refused while visits, leads, cases or work done name the prosecutor. */
    public void deleteProsecutor(Prosecutor prosecutor) {
        delete(prosecutor.name(), () -> roster.prosecutorUsage(prosecutor.id()), "roster.inUse.prosecutor",
                "roster.prosecutor.deleteQuestion", "roster.prosecutor.deleted",
                () -> roster.deleteProsecutor(prosecutor.id()));
    }

    /** The service checks the use again when deleting: a record saved meanwhile still stops the delete. */
    private void delete(String name, Callable<RecordUsage> usage, String inUseKey, String questionKey, String doneKey,
                        Runnable work) {
        executor.run(usage, used -> {
            if (used.isUsed()) {
                dialogs.showError(Messages.tr("roster.deleteRefused"),
                        new InUseException(inUseKey, name, used).localizedMessage());
                return;
            }
            if (!dialogs.confirm(Messages.tr("roster.title"), Messages.tr(questionKey, name),
                    Messages.tr("roster.delete"))) {
                return;
            }
            executor.run(() -> {
                work.run();
                return name;
            }, deleted -> {
                changed();
                dialogs.notify(Messages.tr(doneKey, deleted), null, null);
            }, e -> dialogs.showError(Messages.tr("roster.deleteFailed"), ErrorText.of(e)));
        }, e -> dialogs.showError(Messages.tr("roster.deleteFailed"), ErrorText.of(e)));
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    public ObservableList<Station> stations() { return stations; }
    public ObservableList<ProsecutorItem> prosecutors() { return prosecutors; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /** The liaison roster tab; null when built without it. */
    public LiaisonListViewModel liaisonList() { return liaisonList; }
    /** The recipient directory tab; null when built without it. */
    public RecipientListViewModel recipientList() { return recipientList; }
    /** The reference lists tab; null when built without it. */
    public ReferenceListsViewModel referenceLists() { return referenceLists; }

    /** The form for one station. */
    public final class StationForm extends EditForm<Station> {
        private final Station original;
        private final StringProperty name = new SimpleStringProperty("");
        private final ObjectProperty<StationKind> kind = new SimpleObjectProperty<>();
        private final StringProperty address = new SimpleStringProperty("");
        private final StringProperty note = new SimpleStringProperty("");

        StationForm(Station original) {
            super(original == null, executor, dialogs, RosterViewModel.this::changed);
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

        @Override
        public Long recordId() {
            return original == null ? null : original.id();
        }

        @Override
        List<HistoryEntry> history(long id) {
            return roster.stationHistory(id);
        }

        public StringProperty nameProperty() { return name; }
        public ObjectProperty<StationKind> kindProperty() { return kind; }
        public StringProperty addressProperty() { return address; }
        public StringProperty noteProperty() { return note; }
    }

    /** The form for one prosecutor; the home station is picked from the live stations and may stay empty. */
    public final class ProsecutorForm extends EditForm<Prosecutor> {
        private final Prosecutor original;
        private final Map<Long, String> stationNames;
        private final StringProperty name = new SimpleStringProperty("");
        private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
        private final StringProperty phone = new SimpleStringProperty("");
        private final StringProperty note = new SimpleStringProperty("");

        ProsecutorForm(Prosecutor original) {
            super(original == null, executor, dialogs, RosterViewModel.this::changed);
            this.original = original;
            this.stationNames = stations.stream().collect(Collectors.toUnmodifiableMap(Station::id, Station::name));
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

        @Override
        public Long recordId() {
            return original == null ? null : original.id();
        }

        @Override
        List<HistoryEntry> history(long id) {
            return withNames(roster.prosecutorHistory(id), "stationId", stationNames);
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
