package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.demo.service.GenerationResult;
import org.liaisondesk.demo.service.RegisterGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code generate --records N [--seed S]}: fills an empty register with N generated records for benchmarks.
 * Refuses (exit 2, nothing written) when the register is not empty or N is not positive.
 */
@Command(name = "generate", description = "向空登记册写入指定数量的仿真记录（供性能测试；不写审计日志）")
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--records", required = true, paramLabel = "N", description = "记录总数（接访、线索、案件、履职活动、检察建议）")
    long records;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（相同种子得到相同登记册，默认 1）")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (records <= 0) {
            err.println(Messages.tr("cli.generate.badRecords", records));
            return Cli.REFUSED;
        }
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            RegisterGenerator generator = new RegisterGenerator(context.database(), context.clock());
            if (!generator.registerIsEmpty()) {
                err.println(Messages.tr("demo.registerNotEmpty"));
                return Cli.REFUSED;
            }
            GenerationResult r = generator.generate(records, seed,
                    done -> err.println(Messages.tr("cli.generate.progress", done, records)), () -> false);
            out.println(Messages.tr("cli.generate.done", r.total(), r.visits(), r.leads(), r.cases(), r.work(),
                    r.recommendations(), String.format("%.1f", r.took().toMillis() / 1000.0)));
        }
        return Cli.OK;
    }
}
