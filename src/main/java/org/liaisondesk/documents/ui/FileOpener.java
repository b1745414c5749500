package org.liaisondesk.documents.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;

/**
 * Opens a document or a folder with the system's own program (Word, WPS, the file manager), in the background. Where
 * the system cannot (no desktop integration, no program for .docx, a file gone), the user gets the full path to open
 * it by hand: a generated file is never out of reach.
 */
public final class FileOpener {
    private static final Logger LOG = Logger.getLogger(FileOpener.class.getName());

    /** What actually opens a path; false when this system has no way to. Runs on a worker thread. */
    @FunctionalInterface
    public interface Launcher {
        boolean open(Path path) throws IOException;
    }

    /** java.awt.Desktop, the system's association for the file type. */
    public static final Launcher DESKTOP = path -> {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Desktop.getDesktop().open(path.toFile());
        return true;
    };

    private final Launcher launcher;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    public FileOpener(Launcher launcher, BackgroundExecutor executor, DialogService dialogs) {
        this.launcher = launcher;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Opens {@code path}; when that is not possible, shows where it is. */
    public void open(Path path) {
        executor.run(() -> launcher.open(path), opened -> {
            if (!opened) {
                showPath(path);
            }
        }, e -> {
            LOG.log(Level.INFO, "could not open " + path, e);
            showPath(path);
        });
    }

    private void showPath(Path path) {
        dialogs.showInfo(Messages.tr("documents.open.title"), Messages.tr("documents.open.byHand", path.toAbsolutePath()));
    }
}
