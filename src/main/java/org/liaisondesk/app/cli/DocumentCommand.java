package org.liaisondesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code document --recommendation NUMBER_OR_ID --out DIR [--overwrite]}: writes one document, prints its path. */
@Command(name = "document", description = "生成一件检察建议或报告的 Word 文书，输出文件路径")
final class DocumentCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--recommendation", required = true, paramLabel = "NUMBER_OR_ID", description = "文号（如 崇检社建〔2026〕3号）或编号")
    String recommendation;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹")
    Path out;

    @Option(names = "--overwrite", description = "同名文件已存在时覆盖（默认另起新名）")
    boolean overwrite;

    @Override
    public Integer call() {
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            long id = context.documents().find(recommendation)
                    .orElseThrow(() -> new UserFacingException("documents.cli.notFound", recommendation));
            spec.commandLine().getOut().println(context.documents().generate(id, out, overwrite).toAbsolutePath());
        }
        return Cli.OK;
    }
}
