package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code backup [--out FILE]}: a checked backup of the register, by default an automatic one in the data folder's
 * backups folder (rotated like the app's). Prints the file written. A backup that could not be written exits 1 with
 * the reason; a missing register, a folder in use or an --out that would replace another program's file exits 2.
 */
@Command(name = "backup", description = "立即备份登记册（默认写入数据文件夹的 backups 文件夹，按保留规则轮换）")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "把备份写到这个文件（已有的同名备份在新备份写好并检查后才被替换）")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        DataFolder folder = root.dataFolder();
        if (!Files.exists(folder.database())) {
            throw new StorageException("storage.noRegister", folder.database());
        }
        if (out != null) {
            BackupService.checkReplaceable(out.toAbsolutePath());
        }
        try (AppContext context = AppContext.open(folder, root.clock())) {
            BackupService backups = context.backups();
            if (out != null) {
                try {
                    stdout.println(Messages.tr("cli.backup.done", backups.backupToFile(out)));
                    return Cli.OK;
                } catch (StorageException e) {
                    stderr.println(e.localizedMessage());
                    return Cli.FAILED;
                }
            }
            AutomaticBackup result = backups.automaticBackup();
            if (result instanceof AutomaticBackup.Made made) {
                stdout.println(Messages.tr("cli.backup.done", made.backup().file()));
                if (!made.removed().isEmpty()) {
                    stdout.println(Messages.tr("cli.backup.rotated", made.removed().size()));
                }
                return Cli.OK;
            }
            // An automatic backup taken on demand is either made or failed, never "not due".
            stderr.println(((AutomaticBackup.Failed) result).problem().localizedMessage());
            return Cli.FAILED;
        }
    }
}
