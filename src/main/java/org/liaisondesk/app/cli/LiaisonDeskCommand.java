package org.liaisondesk.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.liaisondesk.storage.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code liaisondesk [--data-dir DIR] [COMMAND]}: with no command it opens the window. */
@Command(name = "liaisondesk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"联络站检察工作台 LiaisonDesk", "不带命令时打开程序窗口；带命令时在命令行中执行。"},
        subcommands = {CheckCommand.class, DemoCommand.class, GenerateCommand.class, SearchCommand.class, ExportCommand.class, LadderCommand.class,
                DocumentCommand.class, DocumentsCommand.class, TemplatesCommand.class, StatsCommand.class,
                ChartsCommand.class, BackupCommand.class, RestoreCommand.class, BundleCommand.class, ImportCommand.class,
                ImportTemplateCommand.class})
public final class LiaisonDeskCommand implements Callable<Integer> {
    private final Runnable launchGui;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "数据文件夹（默认：本系统用户的数据目录）")
    Path dataDir;

    LiaisonDeskCommand(Runnable launchGui) {
        this.launchGui = launchGui;
    }

    DataFolder dataFolder() {
        if (dataDir != null) {
            System.setProperty(DataFolder.PROPERTY, dataDir.toAbsolutePath().toString());
        }
        return DataFolder.locate(Optional.ofNullable(dataDir));
    }

    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Override
    public Integer call() {
        dataFolder();
        launchGui.run();
        return Cli.OK;
    }
}
