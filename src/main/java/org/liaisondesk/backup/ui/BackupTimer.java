package org.liaisondesk.backup.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.BackupService;

/**
 * The daily automatic backup while the app runs: checked at start and then every hour ({@link
 * BackupService#backupIfDue}), so a laptop that stays on for days still gets one a day. Silent when it works; a
 * failure shows in the notice bar with its reason (it is logged by the service too).
 */
public final class BackupTimer implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());

    private final BackupService backups;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private ScheduledExecutorService scheduler;

    public BackupTimer(BackupService backups, BackgroundExecutor executor, DialogService dialogs) {
        this.backups = backups;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Checks now, then every {@link #INTERVAL}, until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "liaisondesk-backup-timer");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::checkNow, 0, INTERVAL.toMinutes(), TimeUnit.MINUTES);
    }

    /** Writes an automatic backup in the background if one is due; reports a failure. */
    public void checkNow() {
        executor.run(backups::backupIfDue, this::report,
                e -> LOG.log(Level.WARNING, "automatic backup check failed", e));
    }

    private void report(AutomaticBackup result) {
        if (result instanceof AutomaticBackup.Failed failed) {
            dialogs.notify(Messages.tr("backup.auto.failed", failed.problem().localizedMessage()), null, null);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
