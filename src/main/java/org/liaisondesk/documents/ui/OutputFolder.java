package org.liaisondesk.documents.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.settings.model.DocumentSettings;
import org.liaisondesk.settings.model.Settings;

/**
 * Where generated documents go and whether a file of the same name is replaced: the part both generate dialogs
 * share. The folder starts as the one used last (while it still exists), else the user's Documents folder, else the
 * home folder; once documents were written there it is kept in the settings for next time.
 */
public final class OutputFolder {
    private static final Logger LOG = Logger.getLogger(OutputFolder.class.getName());

    private final Supplier<Settings> settings;
    private final Function<Consumer<Settings>, Settings> update;
    private final StringProperty folder = new SimpleStringProperty("");
    private final BooleanProperty overwrite = new SimpleBooleanProperty(false);

    public OutputFolder(Supplier<Settings> settings, Function<Consumer<Settings>, Settings> update) {
        this.settings = settings;
        this.update = update;
    }

    /** Fills in the starting folder; looking at the disk happens in the background. */
    public void load(BackgroundExecutor executor) {
        String saved = settings.get().getDocuments().getOutputFolder();
        String home = System.getProperty("user.home");
        executor.run(() -> initialFolder(saved, Path.of(home)), start -> {
            if (folder.get() == null || folder.get().isBlank()) {
                folder.set(start.toString());
            }
        }, e -> LOG.log(Level.INFO, "no starting folder for documents", e));
    }

    /** The saved folder while it exists, else home/Documents when it exists, else home. Touches the disk. */
    static Path initialFolder(String saved, Path home) {
        if (saved != null && !saved.isBlank()) {
            try {
                Path p = Path.of(saved.strip());
                if (Files.isDirectory(p)) {
                    return p;
                }
            } catch (InvalidPathException e) {
                LOG.log(Level.FINE, "saved output folder unusable: " + saved, e);
            }
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** Why the folder on screen cannot be used, or null. Whether it exists is for the writing to tell. */
    public String problem() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            return Messages.tr("documents.folder.required");
        }
        try {
            Path.of(text);
            return null;
        } catch (InvalidPathException e) {
            return Messages.tr("documents.folder.invalid", text);
        }
    }

    /** The folder on screen; call only when {@link #problem()} is null. */
    public Path path() {
        return Path.of(folder.get().strip());
    }

    /**
     * Keeps the folder for next time. Runs on the worker thread after documents were written; a failure to save the
     * settings costs only that convenience, so it is logged rather than shown over the documents' success.
     */
    public void remember(Path written) {
        String text = written.toAbsolutePath().toString();
        try {
            update.apply(s -> {
                DocumentSettings d = s.getDocuments();
                d.setOutputFolder(text);
                s.setDocuments(d);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "output folder not saved in the settings", e);
        }
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty overwriteProperty() {
        return overwrite;
    }
}
