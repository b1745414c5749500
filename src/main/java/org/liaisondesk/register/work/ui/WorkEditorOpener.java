package org.liaisondesk.register.work.ui;

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
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.work.model.MatterRef;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.service.WorkService;

/**
 * Opens the activity form: loads the pick lists, the activity being edited and its linked case in the
 * background, then shows the dialog.
 */
public final class WorkEditorOpener implements WorkListView.WorkEditorLauncher {
    private final WorkService work;
    private final RosterService roster;
    private final LiaisonService liaisons;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Supplier<String> userName;
    private Runnable onRegisterChanged = () -> { };

    public WorkEditorOpener(WorkService work, RosterService roster, LiaisonService liaisons,
                            BackgroundExecutor executor, DialogService dialogs, Supplier<Window> owner,
                            Supplier<String> userName) {
        this.work = work;
        this.roster = roster;
        this.liaisons = liaisons;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.userName = userName;
    }

    /** Called after a save, e.g. to update the status bar. */
    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    private record Loaded(List<Station> stations, List<Prosecutor> prosecutors, Optional<WorkActivity> activity,
                          MatterRef matter) {
    }

    @Override
    public void open(Long activityId, WorkKind kindForNew, Runnable onSaved) {
        executor.run(() -> {
            Optional<WorkActivity> activity = activityId == null ? Optional.empty() : work.openForEditing(activityId);
            Long matterId = activity.map(WorkActivity::matterId).orElse(null);
            MatterRef matter = matterId == null ? null : work.findMatter(matterId).orElse(null);
            return new Loaded(roster.stations(), roster.prosecutors(), activity, matter);
        }, loaded -> {
            WorkEditorViewModel model = new WorkEditorViewModel(work, liaisons, executor, dialogs, loaded.stations(),
                    loaded.prosecutors());
            if (loaded.activity().isPresent()) {
                model.edit(loaded.activity().get(), loaded.matter());
            } else {
                model.startNew(kindForNew, userName.get());
            }
            if (new WorkEditorDialog(owner.get(), model, dialogs).showAndWait()) {
                onSaved.run();
                onRegisterChanged.run();
                dialogs.notify(Messages.tr(activityId == null ? "work.saved.new" : "work.saved.edit"), null, null);
            }
        }, e -> dialogs.showError(Messages.tr("work.title"), ErrorText.of(e)));
    }
}
