package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.service.DocumentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code documents --from DATE --to DATE --out DIR [--overwrite]}: the documents of every recommendation issued in the
 * period; prints each path. Documents that cannot be written are named on standard error and the exit code is 2.
 */
@Command(name = "documents", description = "批量生成期间内制发的全部检察建议和报告的 Word 文书，逐行输出文件路径")
final class DocumentsCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "制发日期起（含），如 2026-01-01")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "制发日期止（含）")
    String to;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹")
    Path out;

    @Option(names = "--overwrite", description = "同名文件已存在时覆盖（默认另起新名）")
    boolean overwrite;

    @Override
    public Integer call() {
        LocalDate start = Cli.date(from, "--from");
        LocalDate end = Cli.date(to, "--to");
        if (end.isBefore(start)) {
            throw new UserFacingException("cli.export.range", start, end);
        }
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            List<Long> ids = context.documents().issuedBetween(start, end);
            DocumentService.BatchResult result = context.documents().generate(ids, out, overwrite, (done, total, current) -> { },
                    () -> false);
            PrintWriter stdout = spec.commandLine().getOut();
            result.written().forEach(p -> stdout.println(p.toAbsolutePath()));
            PrintWriter err = spec.commandLine().getErr();
            result.failures().forEach(f -> err.println(Messages.tr("documents.cli.failed", f.label(), f.message())));
            if (ids.isEmpty()) {
                err.println(Messages.tr("documents.cli.none", start, end));
            }
            return result.failures().isEmpty() ? Cli.OK : Cli.REFUSED;
        }
    }
}
