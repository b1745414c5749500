package org.liaisondesk.app.cli;

import java.time.LocalDate;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Scope;
import picocli.CommandLine.Option;

/** The period and the station or prosecutor of the {@code stats} and {@code charts} commands. */
final class StatisticsScopeOptions {
    @Option(names = "--from", required = true, paramLabel = "DATE", description = "统计起始日期（含），如 2026-07-01")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "统计截止日期（含），如 2026-09-30")
    String to;

    @Option(names = "--station", paramLabel = "NAME", description = "只统计该联络站（名称）")
    String station;

    @Option(names = "--prosecutor", paramLabel = "NAME", description = "只统计该检察官（姓名）")
    String prosecutor;

    /** The scope asked for; a station or prosecutor that is not in the roster is refused with the names that are. */
    Scope resolve(AppContext context) {
        LocalDate start = Cli.date(from, "--from");
        LocalDate end = Cli.date(to, "--to");
        if (end.isBefore(start)) {
            throw new UserFacingException("cli.export.range", start, end);
        }
        Station s = station == null ? null : context.roster().stations().stream()
                .filter(x -> x.name().equals(station.strip())).findFirst()
                .orElseThrow(() -> new UserFacingException("cli.stats.noStation", station, String.join("、",
                        context.roster().stations().stream().map(Station::name).toList())));
        Prosecutor p = prosecutor == null ? null : context.roster().prosecutors().stream()
                .filter(x -> x.name().equals(prosecutor.strip())).findFirst()
                .orElseThrow(() -> new UserFacingException("cli.stats.noProsecutor", prosecutor, String.join("、",
                        context.roster().prosecutors().stream().map(Prosecutor::name).toList())));
        return new Scope(Period.of(start, end), s == null ? null : s.id(), s == null ? null : s.name(),
                p == null ? null : p.id(), p == null ? null : p.name());
    }
}
