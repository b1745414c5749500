package org.liaisondesk.backup.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.backup.model.RestorePreview;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.documents.ui.FileOpener;
import org.liaisondesk.storage.BackupInfo;
import org.liaisondesk.storage.BackupRotation;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.RestoreResult;

/**
 * 备份与恢复: the backups in the backups folder with their date, kind, size and records; 立即备份, 立即备份到…, restoring
 * the selected backup or any file the user picks, 打开备份文件夹. A restore is checked and previewed first (the
 * records in the backup and now, a warning when the backup holds far fewer), then confirmed, then handed to the app,
 * which closes the register, restores and opens it again. All disk work runs in the background.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * The app's restore, called on a worker thread: closes the register, restores the backup over it and opens the
     * register again, also when the restore failed (then the unchanged one).
     */
    @FunctionalInterface
    public interface Restorer {
        RestoreResult restore(Path backup);
    }

    /** One backup as the table shows it: {@code records} null until counted, {@code problem} when it cannot be restored. */
    public record Row(BackupInfo info, Long records, String problem) {
        public String takenAt() {
            return WHEN.format(info.takenAt());
        }

        public String kind() {
            return Messages.tr(info.kind().messageKey());
        }

        public String size() {
            return sizeText(info.size());
        }

        public String recordsText() {
            if (problem != null) {
                return Messages.tr("backup.records.unusable");
            }
            return records == null ? Messages.tr("backup.records.counting")
                    : Messages.tr("backup.records.count", records);
        }

        public String fileName() {
            return info.file().getFileName().toString();
        }
    }

    private final BackupService backups;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final FileOpener opener;
    private final Restorer restorer;
    private final Runnable showReopenedRegister;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private int listing;

    /**
     * @param restorer             the app's restore: closes the register, restores, opens the register again
     * @param showReopenedRegister on the UI thread after a restore was tried (done or failed): the register was
     *                             closed and opened again, so the app shows it anew
     */
    public BackupViewModel(BackupService backups, BackgroundExecutor executor, DialogService dialogs,
                           FileOpener.Launcher launcher, Restorer restorer, Runnable showReopenedRegister) {
        this.backups = backups;
        this.executor = executor;
        this.dialogs = dialogs;
        this.opener = new FileOpener(launcher, executor, dialogs);
        this.restorer = restorer;
        this.showReopenedRegister = showReopenedRegister;
    }

    /** Lists the backups (called when the view is shown), then counts each one's records. */
    public void show() {
        int generation = ++listing;
        executor.run(backups::list, list -> {
            if (generation != listing) {
                return;
            }
            Path keep = selected.get() == null ? null : selected.get().info().file();
            rows.setAll(list.stream().map(b -> new Row(b, null, null)).toList());
            rows.stream().filter(r -> r.info().file().equals(keep)).findFirst().ifPresent(selected::set);
            count(generation, list);
        }, e -> dialogs.showError(Messages.tr("backup.title"), ErrorText.of(e)));
    }

    private void count(int generation, List<BackupInfo> list) {
        executor.run(() -> {
            List<Row> counted = new ArrayList<>();
            for (BackupInfo b : list) {
                try {
                    counted.add(new Row(b, RestorePreview.total(backups.inspect(b.file()).liveCounts()), null));
                } catch (RuntimeException e) {
                    counted.add(new Row(b, null, ErrorText.of(e)));
                }
            }
            return counted;
        }, counted -> {
            if (generation != listing) {
                return;
            }
            Path keep = selected.get() == null ? null : selected.get().info().file();
            rows.setAll(counted);
            rows.stream().filter(r -> r.info().file().equals(keep)).findFirst().ifPresent(selected::set);
        }, e -> dialogs.showError(Messages.tr("backup.title"), ErrorText.of(e)));
    }

    /** 立即备份: a backup in the backups folder that the rotation keeps. */
    public void backupNow() {
        if (!start("backup.activity.backingUp")) {
            return;
        }
        executor.run(backups::manualBackup, made -> {
            finish();
            dialogs.notify(Messages.tr("backup.done", made.file().getFileName()), null, null);
            show();
        }, this::failed);
    }

    /** 立即备份到…: a backup in the folder the user chose (null when the chooser was cancelled). */
    public void backupInto(Path folder) {
        if (folder == null || !start("backup.activity.backingUp")) {
            return;
        }
        executor.run(() -> backups.backupInto(folder), made -> {
            finish();
            dialogs.notify(Messages.tr("backup.doneInto", made.file().toAbsolutePath()),
                    Messages.tr("backup.openFolder"), () -> opener.open(folder));
        }, this::failed);
    }

    /** 从备份恢复…: the selected backup. */
    public void restoreSelected() {
        Row row = selected.get();
        if (row != null) {
            restore(row.info().file());
        }
    }

    /** Checks the backup, shows what it holds against the register now, and restores it once confirmed. */
    public void restore(Path backup) {
        if (backup == null || !start("backup.activity.checking")) {
            return;
        }
        executor.run(() -> new RestorePreview(backups.describe(backup), backups.inspect(backup), backups.liveCounts()),
                preview -> {
                    finish();
                    if (dialogs.confirm(Messages.tr("backup.restore.title"), question(preview),
                            Messages.tr("backup.restore.confirm"))) {
                        runRestore(backup);
                    }
                }, e -> {
                    finish();
                    dialogs.showError(Messages.tr("backup.restore.title"), ErrorText.of(e));
                });
    }

    private void runRestore(Path backup) {
        start("backup.activity.restoring");
        executor.run(() -> restorer.restore(backup), result -> {
            finish();
            long records = RestorePreview.total(result.restored().liveCounts());
            dialogs.showInfo(Messages.tr("backup.restore.title"), result.movedAside()
                    .map(aside -> Messages.tr("backup.restore.done", result.restoredFrom(), records, aside))
                    .orElseGet(() -> Messages.tr("backup.restore.doneNoPrevious", result.restoredFrom(), records)));
            showReopenedRegister.run();
        }, e -> {
            finish();
            dialogs.showError(Messages.tr("backup.restore.title"), ErrorText.of(e));
            showReopenedRegister.run();
        });
    }

    /** The confirmation: the warning first when the backup holds far fewer records, then both registers' counts. */
    static String question(RestorePreview p) {
        String counts = Messages.tr("backup.restore.question", p.backup().file(), WHEN.format(p.backup().takenAt()),
                Messages.tr(p.backup().kind().messageKey()), p.check().schemaVersion(), p.backupRecords(),
                breakdown(p.check().liveCounts()), p.currentRecords(), breakdown(p.current()));
        if (!p.farFewerRecords()) {
            return counts;
        }
        String warning = Messages.tr("backup.restore.fewer", p.backupRecords(), p.currentRecords(),
                RestorePreview.WARNING_PERCENT);
        return warning + "\n\n" + counts;
    }

    /** 接访记录 12，线索 3，… for the kinds that have records. */
    static String breakdown(Map<String, Long> counts) {
        String text = RestorePreview.RECORD_TABLES.stream().filter(t -> counts.getOrDefault(t, 0L) > 0)
                .map(t -> Messages.tr("backup.count", Messages.tr("backup.table." + t), counts.get(t)))
                .collect(Collectors.joining(Messages.tr("backup.count.separator")));
        return text.isEmpty() ? Messages.tr("backup.count.none") : text;
    }

    public void openFolder() {
        opener.open(backups.folder());
    }

    /** Where the automatic backups are and how long they are kept. */
    public String policyText() {
        BackupRotation r = BackupRotation.STANDARD;
        return Messages.tr("backup.policy", backups.folder().toAbsolutePath(), r.daily(), r.weekly(), r.monthly());
    }

    private boolean start(String activityKey) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        activity.set(Messages.tr(activityKey));
        return true;
    }

    private void finish() {
        busy.set(false);
        activity.set("");
    }

    private void failed(Throwable e) {
        finish();
        dialogs.showError(Messages.tr("backup.failed.title"), ErrorText.of(e));
        show();
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) {
            return Messages.tr("backup.size.bytes", bytes);
        }
        if (bytes < 1024L * 1024) {
            return Messages.tr("backup.size.kb", Math.round(bytes / 1024.0));
        }
        return Messages.tr("backup.size.mb", String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 正在备份…… / 正在检查备份…… / 正在恢复……, empty when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }
}
