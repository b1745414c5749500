package org.liaisondesk.register.roster.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;

/**
 * The form for one liaison or volunteer: the role is picked from the editable role list, the station may
 * stay empty. The phone is shown in full here (the list masks it).
 */
public final class LiaisonForm extends EditForm<Liaison> {
    private final LiaisonService liaisons;
    private final Liaison original;
    private final ObservableList<ReferenceItem> roles;
    private final ObservableList<Station> stations;
    // Snapshots for the history, which is read in the background.
    private final Map<Long, String> roleNames;
    private final Map<Long, String> stationNames;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ReferenceItem> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final StringProperty grid = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> appointedOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    /**
     * @param original the liaison to edit, or null for a new one
     * @param roles    the roles to pick from (including the liaison's own, should it have been deleted)
     * @param stations the stations to pick from, likewise
     * @param template for a new liaison: the role and station to start with (the list's filters), may be null
     */
    LiaisonForm(LiaisonService liaisons, BackgroundExecutor executor, DialogService dialogs, Runnable afterSave,
                Liaison original, List<ReferenceItem> roles, List<Station> stations, Liaison template) {
        super(original == null, executor, dialogs, afterSave);
        this.liaisons = liaisons;
        this.original = original;
        this.roles = FXCollections.observableArrayList(roles);
        this.stations = FXCollections.observableArrayList(stations);
        this.roleNames = roles.stream().collect(Collectors.toUnmodifiableMap(ReferenceItem::id, ReferenceItem::name,
                (a, b) -> a));
        this.stationNames = stations.stream().collect(Collectors.toUnmodifiableMap(Station::id, Station::name,
                (a, b) -> a));
        Liaison start = original != null ? original : template;
        if (start != null) {
            name.set(start.name() == null ? "" : start.name());
            role.set(roles.stream().filter(r -> r.id().equals(start.roleId())).findFirst().orElse(null));
            station.set(stations.stream().filter(s -> s.id().equals(start.stationId())).findFirst().orElse(null));
            grid.set(start.grid() == null ? "" : start.grid());
            phone.set(start.phone() == null ? "" : start.phone());
            appointedOn.set(start.appointedOn());
            note.set(start.note() == null ? "" : start.note());
        }
        watch("name", name);
        watch("roleId", role);
        watch("stationId", station);
        watch("grid", grid);
        watch("phone", phone);
        watch("appointedOn", appointedOn);
        watch("note", note);
        markClean();
    }

    @Override
    public Liaison value() {
        return new Liaison(original == null ? null : original.id(), original == null ? null : original.uuid(),
                text(name), role.get() == null ? null : role.get().id(), station.get() == null ? null : station.get().id(),
                text(grid), text(phone), appointedOn.get(), text(note));
    }

    @Override
    List<FieldProblem> check(Liaison value) {
        return RosterRules.check(value, liaisons.today());
    }

    @Override
    Liaison store(Liaison value) {
        return liaisons.save(value);
    }

    @Override
    String saveFailedKey() {
        return "roster.liaison.saveFailed";
    }

    @Override
    public Long recordId() {
        return original == null ? null : original.id();
    }

    @Override
    List<HistoryEntry> history(long id) {
        return withNames(withNames(liaisons.history(id), "roleId", roleNames), "stationId", stationNames);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public ObservableList<ReferenceItem> roles() { return roles; }
    public ObservableList<Station> stations() { return stations; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<ReferenceItem> roleProperty() { return role; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public StringProperty gridProperty() { return grid; }
    public StringProperty phoneProperty() { return phone; }
    public ObjectProperty<LocalDate> appointedOnProperty() { return appointedOn; }
    public StringProperty noteProperty() { return note; }
}
