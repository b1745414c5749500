package org.liaisondesk.ladder.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.ladder.model.Recommendation;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.ladder.model.Tier;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.ladder.ui.RecommendationEditorViewModel.Described;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.register.roster.service.RosterService;

/**
 * Opens the recommendation form: loads the pick lists, the document and the names behind its ids in the
 * background, then shows the dialog and waits. {@code onSaved} is called with the stored document once it was
 * saved (never when the form was closed without saving).
 */
public final class RecommendationEditor {
    private final RecommendationService ladder;
    private final RecipientService recipients;
    private final MatterService matters;
    private final LeadService leads;
    private final RosterService roster;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private Runnable onRegisterChanged = () -> { };

    public RecommendationEditor(RecommendationService ladder, RecipientService recipients, MatterService matters,
                                LeadService leads, RosterService roster, BackgroundExecutor executor,
                                DialogService dialogs) {
        this.ladder = ladder;
        this.recipients = recipients;
        this.matters = matters;
        this.leads = leads;
        this.roster = roster;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Called after every save, e.g. to update the status bar's counts. */
    public void setOnRegisterChanged(Runnable onRegisterChanged) {
        this.onRegisterChanged = onRegisterChanged;
    }

    private enum Mode { NEW, DRAFT, EXISTING }

    private record Loaded(Mode mode, List<Station> stations, List<Prosecutor> prosecutors, int urgentReplyDays,
                          Recommendation recommendation, RecommendationDetail detail, Described names) {
    }

    /** A new draft of the tier, dated today. */
    public void openNew(Window owner, Tier tier, Consumer<RecommendationDetail> onSaved) {
        open(owner, () -> {
            Recommendation draft = ladder.newDraft(tier).build();
            return loaded(Mode.NEW, draft, null, Described.NONE);
        }, onSaved);
    }

    /** A prefilled draft that is not stored yet (e.g. from an accepted escalation suggestion). */
    public void openDraft(Window owner, Recommendation unsavedDraft, Consumer<RecommendationDetail> onSaved) {
        open(owner, () -> loaded(Mode.DRAFT, unsavedDraft, null,
                RecommendationEditorViewModel.describe(unsavedDraft, ladder, recipients, matters, leads)), onSaved);
    }

    /** The content of a stored document (a draft, or one whose objection was upheld with 修改). */
    public void openExisting(Window owner, long id, Consumer<RecommendationDetail> onSaved) {
        open(owner, () -> {
            RecommendationDetail detail = ladder.find(id).orElseThrow(() -> new UserFacingException("ladder.gone"));
            return loaded(Mode.EXISTING, detail.recommendation(), detail,
                    RecommendationEditorViewModel.describe(detail.recommendation(), ladder, recipients, matters,
                            leads));
        }, onSaved);
    }

    private Loaded loaded(Mode mode, Recommendation r, RecommendationDetail detail, Described names) {
        return new Loaded(mode, roster.stations(), roster.prosecutors(), ladder.terms().urgentReplyDays(), r, detail,
                names);
    }

    private void open(Window owner, Callable<Loaded> load,
                      Consumer<RecommendationDetail> onSaved) {
        executor.run(load, loaded -> {
            RecommendationEditorViewModel model = new RecommendationEditorViewModel(ladder, recipients, matters,
                    leads, executor, dialogs, loaded.stations(), loaded.prosecutors());
            switch (loaded.mode()) {
                case NEW -> model.startNew(loaded.recommendation());
                case DRAFT -> model.startDraft(loaded.recommendation(), loaded.names());
                case EXISTING -> model.edit(loaded.detail(), loaded.names());
            }
            boolean wasNew = model.isNew();
            new RecommendationEditorDialog(owner, model, dialogs, loaded.urgentReplyDays()).showAndWait()
                    .ifPresent(saved -> {
                        dialogs.notify(Messages.tr(wasNew ? "ladder.editor.savedNew" : "ladder.editor.savedEdit",
                                saved.recommendation().title()), null, null);
                        onSaved.accept(saved);
                        onRegisterChanged.run();
                    });
        }, e -> dialogs.showError(Messages.tr("ladder.editor.openFailed"), ErrorText.of(e)));
    }
}
