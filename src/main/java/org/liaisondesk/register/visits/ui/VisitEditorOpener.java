package org.liaisondesk.register.visits.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.service.VisitService;

/**
 * Opens the visit form: loads the pick lists (and the visit being edited) in the background, then shows
 * the dialog. Refuses politely when there is no station or prosecutor to pick yet.
 */
public final class VisitEditorOpener implements VisitListView.VisitEditorLauncher {
    private final VisitService visits;
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Supplier<String> userName;
    private final Runnable onRosterMissing;
    private Runnable onRegisterChanged = () -> { };

    public VisitEditorOpener(VisitService visits, RosterService roster, BackgroundExecutor executor,
                             DialogService dialogs, Supplier<Window> owner, Supplier<String> userName,
                             Runnable onRosterMissing) {
        this.visits = visits;
        this.roster = roster;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.userName = userName;
        this.onRosterMissing = onRosterMissing;
    }

    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    private record Loaded(List<Station> stations, List<Prosecutor> prosecutors, Optional<Visit> visit) {
    }

    @Override
    public void open(Long visitId, Runnable onSaved) {
        executor.run(() -> new Loaded(roster.stations(), roster.prosecutors(),
                visitId == null ? Optional.empty() : visits.openForEditing(visitId)), loaded -> {
            if (loaded.stations().isEmpty() || loaded.prosecutors().isEmpty()) {
                dialogs.showInfo(Messages.tr("visits.editor.newTitle"), Messages.tr("visits.editor.rosterMissing"));
                onRosterMissing.run();
                return;
            }
            VisitEditorViewModel model = new VisitEditorViewModel(visits, executor, dialogs, loaded.stations(),
                    loaded.prosecutors());
            if (loaded.visit().isPresent()) {
                model.edit(loaded.visit().get());
            } else {
                model.startNew(userName.get());
            }
            if (new VisitEditorDialog(owner.get(), model, dialogs).showAndWait()) {
                onSaved.run();
                onRegisterChanged.run();
                dialogs.notify(Messages.tr(visitId == null ? "visits.saved.new" : "visits.saved.edit"), null, null);
            }
        }, e -> dialogs.showError(Messages.tr("visits.title"), ErrorText.of(e)));
    }
}
