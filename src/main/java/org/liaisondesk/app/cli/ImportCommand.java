package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.model.ImportOptions;
import org.liaisondesk.exchange.imports.model.ImportProblem;
import org.liaisondesk.exchange.imports.model.ImportReport;
import org.liaisondesk.exchange.imports.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE --kind visits|leads|cases|work|roster [--valid-rows-only] [--report FILE.xlsx] [--map 原表头=字段]...}: checks every
 * row, prints what is wrong, and imports all rows in one transaction only when every row is good (or the good
 * ones with {@code --valid-rows-only}). Exit code 2 with nothing written when the file is refused.
 */
@Command(name = "import", description = "从 Excel（.xlsx）或 CSV 文件导入登记记录（默认全部无误才导入）")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = ".xlsx 或 .csv（UTF-8 或 GBK）文件")
    Path file;

    @Option(names = "--kind", required = true, description = "导入哪类记录：${COMPLETION-CANDIDATES}",
            converter = ImportKindConverter.class, completionCandidates = ImportKindConverter.Names.class)
    ImportKind kind;

    @Option(names = "--valid-rows-only", description = "只导入无误的行（默认：有任何一行有误就不导入）")
    boolean validRowsOnly;

    @Option(names = "--report", paramLabel = "FILE.xlsx", description = "把原表加一列错误说明写到该文件")
    Path report;

    @Option(names = "--map", paramLabel = "原表头=字段", description = "指定某列对应的字段（可重复），如 --map 经办人=检察官")
    List<String> map = List.of();

    @Override
    public Integer call() {
        Map<String, String> mapping = parseMap(map);
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            ImportService imports = context.imports();
            ImportReport result = imports.importFile(kind, file,
                    ImportOptions.allOrNothing().withValidRowsOnly(validRowsOnly).withMapping(mapping));
            print(result, spec.commandLine().getOut());
            if (report != null) {
                Path written = imports.writeErrorReport(file, result, report);
                spec.commandLine().getOut().println(Messages.tr("cli.import.report", written.toAbsolutePath()));
            }
            if (!result.allRowsGood() && !validRowsOnly) {
                spec.commandLine().getErr().println(Messages.tr("cli.import.refused", result.badRows()));
                return Cli.REFUSED;
            }
            spec.commandLine().getOut().println(Messages.tr("cli.import.done", result.written()));
            return Cli.OK;
        }
    }

    /** The import service over the application's register (AppContext does not hold one yet). */
    static Map<String, String> parseMap(List<String> entries) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new UserFacingException("cli.import.badMap", entry);
            }
            mapping.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
        }
        return mapping;
    }

    private static void print(ImportReport r, PrintWriter out) {
        if (!r.unknownHeaders().isEmpty()) {
            out.println(Messages.tr("cli.import.unknownHeaders", String.join("、", r.unknownHeaders())));
        }
        for (ImportProblem p : r.problems()) {
            out.println(Messages.tr("cli.import.problem", p.sheetRow(), p.header(), p.message()));
        }
        for (ImportProblem p : r.possibleDuplicates()) {
            out.println(Messages.tr("cli.import.duplicate", p.sheetRow(), p.message()));
        }
        out.println(Messages.tr("cli.import.summary", r.totalRows(), r.goodRows(), r.badRows(), r.possibleDuplicates().size()));
    }
}
