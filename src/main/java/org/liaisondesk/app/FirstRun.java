package org.liaisondesk.app;

import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.ErrorText;

/**
 * The first start on an empty register: start empty (and go add stations and prosecutors), or load the
 * demo register. Asked once; the answer is remembered in the settings.
 */
final class FirstRun {
    private final AppContext context;
    private final BackgroundExecutor executor;
    private final MainWindow window;

    FirstRun(AppContext context, BackgroundExecutor executor, MainWindow window) {
        this.context = context;
        this.executor = executor;
        this.window = window;
    }

    void offer() {
        executor.run(() -> context.roster().stations().isEmpty() && context.visits().countLive() == 0, empty -> {
            if (!empty) {
                remember();
                return;
            }
            var choice = window.dialogs().choose(Messages.tr("app.firstRun.title"), Messages.tr("app.firstRun.message"),
                    Messages.tr("app.firstRun.empty"), Messages.tr("app.firstRun.demo"));
            if (choice.isEmpty()) {
                return;
            }
            if (choice.get() == 1) {
                loadDemo();
            } else {
                remember();
                window.showSection("roster.sectionTitle");
                window.dialogs().notify(Messages.tr("app.firstRun.startHint"), null, null);
            }
        }, e -> window.dialogs().showError(Messages.tr("app.firstRun.title"), ErrorText.of(e)));
    }

    private void loadDemo() {
        window.dialogs().notify(Messages.tr("app.firstRun.loading"), null, null);
        executor.run(() -> context.loadDemo(message -> { }), summary -> {
            remember();
            window.showSection("desk.title");
            window.refreshCurrent();
            window.dialogs().notify(Messages.tr("app.firstRun.loaded", summary.stations(), summary.prosecutors(),
                    summary.visits(), summary.liaisons(), summary.recipients(), summary.leads(), summary.cases(),
                    summary.activities(), summary.recommendations()), null, null);
        }, e -> window.dialogs().showError(Messages.tr("app.firstRun.demo"), ErrorText.of(e)));
    }

    private void remember() {
        executor.run(() -> context.updateSettings(s -> s.setFirstRunCompleted(true)), s -> { },
                e -> window.dialogs().showError(Messages.tr("settings.title"), ErrorText.of(e)));
    }
}
