package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.exchange.model.BundlePreview;
import org.liaisondesk.exchange.model.ExportResult;
import org.liaisondesk.exchange.service.BundleService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bundle export --out FILE.json [--masked]} · {@code bundle import FILE.json [--dry-run]}: the whole register as one
 * exchange bundle, and merging a station's bundle by UUID (what is added, updated and skipped is printed first).
 */
@Command(name = "bundle", description = "联络站与院之间交换登记簿（JSON 交换包）",
        subcommands = {BundleCommand.Export.class, BundleCommand.Import.class})
final class BundleCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.REFUSED;
    }

    @Command(name = "export", description = "将整个登记簿导出为一个交换包（含已删除记录，记入审计日志）")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;

        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "输出文件（已存在时替换）")
        Path out;

        @Option(names = "--masked", description = "姓名、电话、身份证号按列表方式脱敏（用于报送院外；脱敏交换包不能再导入合并）")
        boolean masked;

        @Override
        public Integer call() {
            try (AppContext context = AppContext.open(bundle.root.dataFolder(), bundle.root.clock())) {
                ExportResult result = context.bundles().export(out, masked);
                spec.commandLine().getOut().println(Messages.tr("cli.bundle.exported", result.file(), result.records()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "import", description = "按 UUID 将交换包合并进本登记簿（一个事务内完成）")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        BundleCommand bundle;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.json", description = "交换包文件")
        Path file;

        @Option(names = "--dry-run", description = "只显示将新增、更新和跳过的记录，不写入")
        boolean dryRun;

        @Override
        public Integer call() {
            try (AppContext context = AppContext.open(bundle.root.dataFolder(), bundle.root.clock())) {
                BundleService bundles = context.bundles();
                PrintWriter out = spec.commandLine().getOut();
                BundlePreview preview = dryRun ? bundles.preview(file) : bundles.importBundle(file);
                out.println(Messages.tr("cli.bundle.header", preview.header().origin(), preview.header().exportedAt()));
                for (BundlePreview.KindCount k : preview.kinds()) {
                    if (k.total() > 0) {
                        out.println(Messages.tr("cli.bundle.row", Messages.tr("exchange.kind." + k.kind()), k.added(),
                                k.updated(), k.skipped()));
                    }
                }
                out.println(Messages.tr("cli.bundle.total", preview.added(), preview.updated(), preview.skipped()));
                out.println(Messages.tr(dryRun ? "cli.bundle.dryRun" : "cli.bundle.imported"));
            }
            return Cli.OK;
        }
    }
}
