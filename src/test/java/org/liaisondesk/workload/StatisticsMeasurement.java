package org.liaisondesk.workload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;

/**
 * Times the statistics of last year ({@code StatisticsService.compute}, as the benchmark's statistics.year.queries;
 * then for the first station) and the lists' first page filtered by one station (as the benchmark's list.*.filtered) on a data folder: a command,
 * not a test (docs/decisions/0030). Opening runs the migrations, so use a COPY of a register. Prints the time to open,
 * p50/p95 of each, and a digest of the computed statistics so that two schemas can be shown to give the same figures.
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.liaisondesk.workload.StatisticsMeasurement
 * FOLDER [repetitions]}
 */
public final class StatisticsMeasurement {
    private static final int PAGE = 50;

    private StatisticsMeasurement() {
    }

    public static void main(String[] args) {
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Clock clock = Clock.systemDefaultZone();
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(DataFolder.at(Path.of(args[0])), clock)) {
            System.out.printf("open-ms %d%n", (System.nanoTime() - t0) / 1_000_000);
            LocalDate today = LocalDate.now(clock);
            Scope scope = Scope.all(Period.year(today.getYear() - 1));
            Statistics s = ctx.statistics().compute(scope);
            System.out.printf("statistics digest %08x%n",
                    (s.current() + "|" + s.previous() + "|" + s.lastYear() + "|" + s.charts()).hashCode());
            time("statistics.year.queries", 1, repetitions, () -> ctx.statistics().compute(scope));
            var first = ctx.roster().stations().get(0);
            long station = first.id();
            Scope oneStation = new Scope(scope.period(), station, first.name(), null, null);
            time("statistics.year.station", 1, repetitions, () -> ctx.statistics().compute(oneStation));
            VisitQuery visits = VisitQuery.firstPage(PAGE);
            VisitQuery visitsFiltered = new VisitQuery("", today.minusYears(1), today, station, null, null, null,
                    StatusFilter.ALL, false, visits.sort(), true, null, PAGE);
            int pages = Math.max(repetitions, 30);
            time("list.visits.filtered", 3, pages, () -> ctx.visits().page(visitsFiltered));
            time("list.leads.filtered", 3, pages,
                    () -> ctx.leads().page(LeadQuery.firstPage(PAGE).withStation(station)));
            time("list.matters.filtered", 3, pages,
                    () -> ctx.matters().page(MatterQuery.firstPage(PAGE).withStation(station)));
            time("list.work.filtered", 3, pages, () -> ctx.work().page(WorkQuery.firstPage(PAGE).withStation(station)));
        }
    }

    private static void time(String name, int warmUp, int repetitions, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-26s n=%d p50 %.1f ms  p95 %.1f ms  min %.1f  max %.1f%n", name, repetitions,
                rank(ms, 0.50), rank(ms, 0.95), ms.get(0), ms.get(ms.size() - 1));
    }

    /** Nearest-rank percentile, as the benchmark's Stats. */
    private static double rank(List<Double> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
