package org.liaisondesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.exchange.imports.model.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import-template --kind visits --out FILE.xlsx}: an empty register to fill in, with drop-down lists. */
@Command(name = "import-template", description = "生成导入模板（中文表头、下拉选项、示例行）")
final class ImportTemplateCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, description = "哪类记录的模板：${COMPLETION-CANDIDATES}",
            converter = ImportKindConverter.class, completionCandidates = ImportKindConverter.Names.class)
    ImportKind kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "输出文件")
    Path out;

    @Override
    public Integer call() {
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            Path written = context.imports().writeTemplate(kind, out);
            spec.commandLine().getOut().println(Messages.tr("cli.import.templateDone", written.toAbsolutePath()));
        }
        return Cli.OK;
    }
}
