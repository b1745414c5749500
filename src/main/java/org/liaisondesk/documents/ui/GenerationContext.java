package org.liaisondesk.documents.ui;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.documents.service.DocumentService;
import org.liaisondesk.settings.model.Settings;

/**
 * What the generate dialogs need from the application, built once by the main window: the service, the settings
 * in force and how to save a change to them ({@code AppContext::updateSettings}), background work, messages, what
 * opens files on this system ({@link FileOpener#DESKTOP}) and the clock (the batch dialog's default period ends today).
 */
public record GenerationContext(DocumentService documents, Supplier<Settings> settings,
                                Function<Consumer<Settings>, Settings> updateSettings, BackgroundExecutor executor,
                                DialogService dialogs, FileOpener.Launcher launcher, Clock clock) {

    OutputFolder outputFolder() {
        return new OutputFolder(settings, updateSettings);
    }

    FileOpener opener() {
        return new FileOpener(launcher, executor, dialogs);
    }
}
