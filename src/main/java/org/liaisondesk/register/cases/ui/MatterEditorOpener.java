package org.liaisondesk.register.cases.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.Matter;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * Opens the case form: loads the pick lists, the case being edited and the records behind its links in the
 * background, then shows the dialog. Station and prosecutor are optional for a case, so an empty roster does
 * not stop anyone from recording one.
 */
public final class MatterEditorOpener implements MatterListView.MatterEditorLauncher {
    private final MatterService matters;
    private final RosterService roster;
    private final ReferenceService reference;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Supplier<String> userName;
    private Runnable onRegisterChanged = () -> { };

    public MatterEditorOpener(MatterService matters, RosterService roster, ReferenceService reference,
                              BackgroundExecutor executor, DialogService dialogs, Supplier<Window> owner,
                              Supplier<String> userName) {
        this.matters = matters;
        this.roster = roster;
        this.reference = reference;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.userName = userName;
    }

    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    private record Loaded(List<ReferenceItem> businesses, List<Station> stations, List<Prosecutor> prosecutors,
                          Optional<Matter> matter, ReferenceItem currentBusiness, List<LinkedRecord> linked) {
    }

    @Override
    public void open(Long matterId, Runnable onSaved) {
        executor.run(() -> load(matterId), loaded -> {
            MatterEditorViewModel model = new MatterEditorViewModel(matters, executor, dialogs, loaded.businesses(),
                    loaded.stations(), loaded.prosecutors());
            if (loaded.matter().isPresent()) {
                model.edit(loaded.matter().get(), loaded.currentBusiness(), loaded.linked());
            } else {
                model.startNew(userName.get());
            }
            MatterEditorDialog dialog = new MatterEditorDialog(owner.get(), model, dialogs,
                    linkedAlready -> new LinkPickerViewModel(matters, executor, dialogs, linkedAlready));
            if (dialog.showAndWait()) {
                onSaved.run();
                onRegisterChanged.run();
                dialogs.notify(Messages.tr(matterId == null ? "cases.saved.new" : "cases.saved.edit"), null, null);
            }
        }, e -> dialogs.showError(Messages.tr("cases.title"), ErrorText.of(e)));
    }

    private Loaded load(Long matterId) {
        Optional<Matter> matter = matterId == null ? Optional.empty() : matters.openForEditing(matterId);
        ReferenceItem business = matter.map(Matter::businessId).flatMap(reference::find).orElse(null);
        List<LinkedRecord> linked = matter.map(m -> matters.describe(m.links())).orElse(List.of());
        return new Loaded(reference.list(ReferenceList.BUSINESS), roster.stations(), roster.prosecutors(), matter,
                business, linked);
    }
}
