package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.settings.data.SettingsStore;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.RegisterRestore;
import org.liaisondesk.storage.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code restore FILE}: puts a backup in the place of the register; the register it replaces is moved, with its
 * -wal and -shm files, into backups/before-restore-TIME/. A file that is not a healthy LiaisonDesk register of this
 * version or older, or a data folder in use by the app, is refused (exit 2) with nothing changed.
 */
@Command(name = "restore", description = "从备份恢复登记册（原登记册移到 backups/before-restore-时间 文件夹保留）")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "备份文件（.db）")
    Path backup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DataFolder folder = root.dataFolder();
        // The restored register's RESTORE_REGISTER audit row names the user the settings know, as the app's does.
        AuditLog audit = new AuditLog(root.clock(),
                () -> new SettingsStore(folder.settings(), root.clock()).load().getUserName());
        RestoreResult result = new RegisterRestore(folder, new Migrations(root.clock()), root.clock(), audit)
                .restore(backup);
        out.println(Messages.tr("cli.restore.done", result.restoredFrom(), result.restored().schemaVersion(),
                String.join("; ", result.restored().integrity())));
        for (Map.Entry<String, Long> e : result.restored().liveCounts().entrySet()) {
            out.println(Messages.tr("cli.check.count", e.getKey(), e.getValue()));
        }
        out.println(result.movedAside().map(p -> Messages.tr("cli.restore.movedAside", p))
                .orElseGet(() -> Messages.tr("cli.restore.noPrevious")));
        return Cli.OK;
    }
}
