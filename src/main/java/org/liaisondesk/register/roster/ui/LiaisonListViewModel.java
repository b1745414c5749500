package org.liaisondesk.register.roster.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonRow;
import org.liaisondesk.register.roster.model.LiaisonSort;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * The liaison roster (联络员名册): search, role and station filters, database-side sorting, keyset paging,
 * the recycle bin, and the editor. Phones are masked in the list.
 */
public final class LiaisonListViewModel extends PagedListViewModel<LiaisonQuery, LiaisonRow, LiaisonListItem> {
    private final LiaisonService liaisons;
    private final RosterService roster;
    private final ReferenceService reference;

    private final ObjectProperty<ReferenceItem> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Station> station = new SimpleObjectProperty<>();
    private final ObjectProperty<LiaisonSort> sort = new SimpleObjectProperty<>(LiaisonSort.NAME);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final ObservableList<ReferenceItem> roles = FXCollections.observableArrayList();
    private final ObservableList<Station> stations = FXCollections.observableArrayList();

    private record PickLists(List<ReferenceItem> roles, List<Station> stations) {
    }

    private record EditorContent(Optional<Liaison> liaison, List<ReferenceItem> roles, List<Station> stations) {
    }

    public LiaisonListViewModel(LiaisonService liaisons, RosterService roster, ReferenceService reference,
                                BackgroundExecutor executor, DialogService dialogs, IntSupplier pageSize) {
        super(executor, dialogs, pageSize);
        this.liaisons = liaisons;
        this.roster = roster;
        this.reference = reference;
    }

    /** Reloads the role and station pick lists, keeping the chosen filters when they still exist. */
    public void loadPickLists() {
        executor.run(() -> new PickLists(reference.list(ReferenceList.LIAISON_ROLE), roster.stations()), lists -> {
            ReferenceItem keepRole = role.get();
            Station keepStation = station.get();
            roles.setAll(lists.roles());
            stations.setAll(lists.stations());
            role.set(keepRole != null && lists.roles().contains(keepRole) ? keepRole : null);
            station.set(keepStation != null && lists.stations().contains(keepStation) ? keepStation : null);
        }, e -> dialogs.showError(Messages.tr(titleKey()), ErrorText.of(e)));
    }

    @Override
    public LiaisonQuery query() {
        return new LiaisonQuery(searchTextProperty().get(), role.get() == null ? null : role.get().id(),
                station.get() == null ? null : station.get().id(), isRecycleBin(), sort.get(), descending.get(),
                pageStart(), pageSize());
    }

    @Override
    protected Page<LiaisonRow> fetch(LiaisonQuery query) {
        return liaisons.page(query);
    }

    @Override
    protected long count(LiaisonQuery query) {
        return liaisons.count(query);
    }

    @Override
    protected LiaisonListItem toItem(LiaisonRow row) {
        Liaison l = row.liaison();
        return new LiaisonListItem(l.id(), l.name(), row.roleName(), row.stationName(), l.grid(),
                Masking.maskPhone(l.phone()), l.appointedOn() == null ? "" : l.appointedOn().toString(), row.leadsSent());
    }

    @Override
    protected String titleKey() {
        return "roster.liaisons.title";
    }

    @Override
    protected LiaisonQuery fromFirstPage(LiaisonQuery query) {
        return query.after(null);
    }

    @Override
    protected long exportNow(LiaisonQuery query, boolean unmasked, Path target, boolean overwrite) {
        return liaisons.export(query, unmasked, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "roster.liaisons.binTitle" : "roster.liaisons.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        liaisons.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        liaisons.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "roster.liaisons.deleted";
    }

    @Override
    protected String restoredKey() {
        return "roster.liaisons.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "roster.deleteRefused";
    }

    @Override
    protected String restoreFailedKey() {
        return "roster.restoreFailed";
    }

    public void sortBy(LiaisonSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        role.set(null);
        station.set(null);
        refresh();
    }

    /**
     * Loads what the editor needs in the background (the liaison, the roles and stations to pick from), then
     * hands the form to {@code show}. A new liaison starts with the role and station the list is filtered by.
     * After a save the list is reloaded.
     */
    public void openEditor(Long id, Consumer<LiaisonForm> show) {
        executor.run(() -> {
            Optional<Liaison> liaison = id == null ? Optional.empty() : liaisons.find(id);
            List<ReferenceItem> roleChoices = new ArrayList<>(reference.list(ReferenceList.LIAISON_ROLE));
            List<Station> stationChoices = new ArrayList<>(roster.stations());
            if (liaison.isPresent()) {
                // A deleted role or station stays pickable for the records that still have it.
                Liaison l = liaison.get();
                if (roleChoices.stream().noneMatch(r -> r.id().equals(l.roleId()))) {
                    reference.find(l.roleId()).ifPresent(roleChoices::add);
                }
                if (l.stationId() != null && stationChoices.stream().noneMatch(s -> s.id().equals(l.stationId()))) {
                    roster.findStation(l.stationId()).ifPresent(stationChoices::add);
                }
            }
            return new EditorContent(liaison, roleChoices, stationChoices);
        }, content -> {
            if (id != null && content.liaison().isEmpty()) {
                dialogs.showError(Messages.tr(titleKey()), Messages.tr("common.validation.unknown"));
                reloadPage();
                return;
            }
            Liaison template = new Liaison(null, null, "", role.get() == null ? null : role.get().id(),
                    station.get() == null ? null : station.get().id(), "", "", null, "");
            Runnable afterSave = id == null ? this::refresh : this::reloadPage;
            show.accept(new LiaisonForm(liaisons, executor, dialogs, afterSave, content.liaison().orElse(null),
                    content.roles(), content.stations(), template));
        }, e -> dialogs.showError(Messages.tr(titleKey()), ErrorText.of(e)));
    }

    public ObjectProperty<ReferenceItem> roleProperty() { return role; }
    public ObjectProperty<Station> stationProperty() { return station; }
    public ObjectProperty<LiaisonSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<ReferenceItem> roles() { return roles; }
    public ObservableList<Station> stations() { return stations; }
}
