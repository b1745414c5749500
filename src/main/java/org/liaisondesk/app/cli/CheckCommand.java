package org.liaisondesk.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.storage.RegisterCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check}: a read-only health check of the register. Exit 0 when healthy, 1 when the file is damaged or the
 * audit log's hash chain is broken (a row edited, deleted or slipped in).
 */
@Command(name = "check", description = "检查登记册：完整性、结构版本、各类记录数、审计日志哈希链（只读）")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    LiaisonDeskCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RegisterCheck check = RegisterCheck.of(root.dataFolder().database(), new Migrations(Clock.systemDefaultZone()),
                true);
        out.println(Messages.tr("cli.check.file", check.file()));
        out.println(Messages.tr("cli.check.version", check.schemaVersion()));
        out.println(Messages.tr("cli.check.integrity", String.join("; ", check.integrity())));
        for (Map.Entry<String, Long> e : check.liveCounts().entrySet()) {
            out.println(Messages.tr("cli.check.count", e.getKey(), e.getValue()));
        }
        String chain = Messages.tr(check.auditChain().messageKey(), check.auditChain().messageArgs());
        out.println(Messages.tr("cli.check.auditChain", chain));
        if (!check.healthy()) {
            spec.commandLine().getErr().println(Messages.tr("cli.check.damaged", check.file()));
            return Cli.FAILED;
        }
        if (!check.auditChainIntact()) {
            spec.commandLine().getErr().println(Messages.tr("cli.check.auditChainBroken", check.file(), chain));
            return Cli.FAILED;
        }
        return Cli.OK;
    }
}
