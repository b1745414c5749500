package org.liaisondesk.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.register.work.model.WorkQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export --kind visits|leads|cases|work|roster|recipients --out FILE.xlsx [--from DATE --to DATE] [--unmasked]
 * [--overwrite]}: a list as an Excel workbook (dated lists newest first, the roster and the directory by name),
 * masked unless {@code --unmasked} (which the audit log records).
 */
@Command(name = "export", description = "将登记记录导出为 Excel 工作簿（默认对个人信息脱敏）")
final class ExportCommand implements Callable<Integer> {
    enum Kind { visits, leads, cases, work, roster, recipients }

    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, description = "导出哪类记录：${COMPLETION-CANDIDATES}")
    Kind kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "起始日期（含），如 2024-10-01")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "截止日期（含）")
    String to;

    @Option(names = "--unmasked", description = "导出完整个人信息（记入审计日志）")
    boolean unmasked;

    @Option(names = "--overwrite", description = "输出文件已存在时覆盖")
    boolean overwrite;

    @Override
    public Integer call() {
        LocalDate start = Cli.date(from, "--from");
        LocalDate end = Cli.date(to, "--to");
        if (start != null && end != null && end.isBefore(start)) {
            throw new UserFacingException("cli.export.range", start, end);
        }
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            long rows = switch (kind) {
                case visits -> context.visits().export(new VisitQuery("", start, end, null, null, null, null,
                        StatusFilter.ALL, false, VisitSort.DATE, true, null, 1000), unmasked, out, overwrite);
                case leads -> context.leads().export(LeadQuery.firstPage(1000).withDates(start, end), unmasked, out, overwrite);
                case cases -> context.matters().export(MatterQuery.firstPage(1000).withDates(start, end), unmasked, out,
                        overwrite);
                case work -> context.work().export(WorkQuery.firstPage(1000).withDates(start, end), unmasked, out, overwrite);
                case roster -> context.liaisons().export(undated(LiaisonQuery.firstPage(1000)), unmasked, out, overwrite);
                case recipients -> context.recipients().export(undated(RecipientQuery.firstPage(1000)), unmasked, out,
                        overwrite);
            };
            spec.commandLine().getOut().println(Messages.tr("export.done", rows, out.toAbsolutePath()));
        }
        return Cli.OK;
    }

    /** The roster and the directory have no date to filter by: --from/--to are refused for them. */
    private <Q> Q undated(Q query) {
        if (from != null || to != null) {
            throw new UserFacingException("cli.export.noDates", kind);
        }
        return query;
    }
}
