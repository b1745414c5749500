package org.liaisondesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.workload.model.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code charts --from DATE --to DATE --out DIR [--station NAME] [--prosecutor NAME] [--overwrite]}: every chart as a PNG
 * at print resolution and the meeting pack (.docx) into DIR; prints each path.
 */
@Command(name = "charts", description = "生成期间内的全部统计图表（PNG，打印分辨率）和会议材料（Word），逐行输出文件路径")
final class ChartsCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StatisticsScopeOptions scope;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹")
    Path out;

    @Option(names = "--overwrite", description = "同名文件已存在时覆盖（默认另起新名）")
    boolean overwrite;

    @Override
    public Integer call() {
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            createFolder(out);
            Statistics stats = context.statistics().compute(scope.resolve(context));
            List<Path> pngs = context.charts().writePngs(stats, out, overwrite);
            Path pack = context.meetingPacks().write(stats, out, overwrite);
            PrintWriter stdout = spec.commandLine().getOut();
            pngs.forEach(p -> stdout.println(p.toAbsolutePath()));
            stdout.println(pack.toAbsolutePath());
            stdout.flush();
            return Cli.OK;
        }
    }

    /** A script names the folder it wants; it is made when missing, as the files in it would be. */
    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "cli.charts.folder", folder.toAbsolutePath(), String.valueOf(e.getMessage()));
        }
    }
}
