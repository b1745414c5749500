package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.documents.model.TemplateCheck;
import org.liaisondesk.documents.model.UsedTag;
import org.liaisondesk.documents.service.TemplateProblems;
import org.liaisondesk.documents.service.TemplateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code templates check [FILE]}: the tags a template uses, what is wrong with them, and a sample rendering. */
@Command(name = "templates", description = "文书模板", subcommands = TemplatesCommand.Check.class)
final class TemplatesCommand {
    @ParentCommand
    LiaisonDeskCommand root;

    /**
     * Checks the given template (its kind read from its name) or every template in the templates folder. Exit code 2
     * when any has problems (unknown tags, tags of another document, wrong syntax).
     */
    @Command(name = "check", description = "检查模板：列出所用标签、未知标签（附近似建议），并用示例数据生成样例")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        TemplatesCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "要检查的 .docx 模板；省略时检查模板文件夹中的全部模板")
        Path file;

        @Override
        public Integer call() {
            try (AppContext context = AppContext.open(parent.root.dataFolder(), parent.root.clock())) {
                TemplateService templates = context.templates();
                PrintWriter out = spec.commandLine().getOut();
                List<Path> files = new ArrayList<>();
                if (file != null) {
                    files.add(file);
                } else {
                    templates.templates().forEach(t -> files.add(t.file()));
                }
                Path samples = templates.sampleFolder();
                boolean ok = true;
                for (Path f : files) {
                    var kind = templates.kindOf(f);
                    TemplateCheck check = templates.check(f, kind);
                    out.println(Messages.tr("documents.cli.template", f.toAbsolutePath(), Messages.tr(kind.messageKey())));
                    out.println(Messages.tr("documents.cli.tags", String.join(" ", check.tags().stream().map(UsedTag::written).toList())));
                    if (check.ok()) {
                        out.println(Messages.tr("documents.cli.noProblems"));
                    } else {
                        ok = false;
                        TemplateProblems.lines(check.problems()).forEach(l -> out.println("  ✗ " + l));
                    }
                    out.println(Messages.tr("documents.cli.sample", templates.sampleRendering(f, kind, samples).toAbsolutePath()));
                }
                return ok ? Cli.OK : Cli.REFUSED;
            }
        }
    }
}
