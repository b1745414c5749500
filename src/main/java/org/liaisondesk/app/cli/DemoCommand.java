package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.demo.service.DemoRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo}: fills an empty register with the demo stations, prosecutors and visits. */
@Command(name = "demo", description = "向空登记册载入演示数据（登记册非空时拒绝执行）")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext context = AppContext.open(root.dataFolder(), root.clock())) {
            DemoRegister.Summary s = context.loadDemo(progress -> { });
            context.updateSettings(settings -> settings.setFirstRunCompleted(true));
            spec.commandLine().getOut().println(Messages.tr("cli.demo.done", s.stations(), s.prosecutors(), s.visits(), s.liaisons(), s.recipients(), s.leads(), s.cases(), s.activities(), s.recommendations()));
        }
        return Cli.OK;
    }
}
