package org.liaisondesk.register.leads.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.LinkedCase;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * Opens the lead form: loads the pick lists, and for an existing lead the lead itself, its roster reporter and
 * its linked cases, in the background; then shows the dialog.
 */
public final class LeadEditorOpener implements LeadListView.LeadEditorLauncher {
    private final LeadService leads;
    private final RosterService roster;
    private final LiaisonService liaisons;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Supplier<String> userName;
    private Runnable onRegisterChanged = () -> { };

    public LeadEditorOpener(LeadService leads, RosterService roster, LiaisonService liaisons,
                            BackgroundExecutor executor, DialogService dialogs, Supplier<Window> owner,
                            Supplier<String> userName) {
        this.leads = leads;
        this.roster = roster;
        this.liaisons = liaisons;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.userName = userName;
    }

    /** Called after a lead was saved, e.g. to update the status bar. */
    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    private record Loaded(List<Station> stations, List<Prosecutor> prosecutors, Optional<Lead> lead,
                          ReporterChoice reporter, List<LinkedCase> cases) {
    }

    @Override
    public void open(Long leadId, Runnable onSaved) {
        executor.run(() -> load(leadId), loaded -> {
            if (leadId != null && loaded.lead().isEmpty()) {
                dialogs.showError(Messages.tr("leads.title"), Messages.tr("leads.editor.gone"));
                onSaved.run();
                return;
            }
            LeadEditorViewModel model = new LeadEditorViewModel(leads, liaisons, executor, dialogs,
                    loaded.stations(), loaded.prosecutors());
            if (loaded.lead().isPresent()) {
                model.edit(loaded.lead().get(), loaded.reporter(), loaded.cases());
            } else {
                model.startNew(userName.get());
            }
            if (new LeadEditorDialog(owner.get(), model, dialogs).showAndWait()) {
                onSaved.run();
                onRegisterChanged.run();
                dialogs.notify(Messages.tr(leadId == null ? "leads.saved.new" : "leads.saved.edit"), null, null);
            }
        }, e -> dialogs.showError(Messages.tr("leads.title"), ErrorText.of(e)));
    }

    private Loaded load(Long leadId) {
        List<Station> stations = roster.stations();
        List<Prosecutor> prosecutors = roster.prosecutors();
        if (leadId == null) {
            return new Loaded(stations, prosecutors, Optional.empty(), null, List.of());
        }
        Optional<Lead> lead = leads.find(leadId);
        ReporterChoice reporter = lead.map(Lead::reporterLiaisonId)
                .flatMap(liaisons::find).map(ReporterChoice::of).orElse(null);
        List<LinkedCase> cases = lead.isPresent() ? leads.linkedCases(leadId) : List.of();
        return new Loaded(stations, prosecutors, lead, reporter, cases);
    }
}
