package org.liaisondesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.liaisondesk.settings.data.SettingsStore;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.storage.DataFolder;

/**
 * The benchmark of issue 9: {@code mvn -Pbench verify} (or {@code -Dbench.sizes=10k}) builds or reuses a register
 * per size, measures it through the app's services, and writes target/bench/result.json and docs/benchmarks.md.
 * It lives in the test sources and never runs in a plain {@code mvn verify}.
 */
public final class Benchmark {
    /** The day the registers are generated and measured on (the tests' day), so that runs compare. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.fromSystemProperties();
        String command = System.getProperty("bench.command", "").isBlank()
                ? "mvn -Pbench verify -Dbench.sizes=" + String.join(",", options.sizes())
                : System.getProperty("bench.command");
        BenchReport report = run(options, new GeneratorFiller(), command);
        System.out.println(report.markdown());
        System.out.println("written: " + options.out().resolve("result.json")
                + (options.markdown() == null ? "" : " and " + options.markdown()));
    }

    static BenchReport run(BenchOptions options, BenchRegisters.Filler filler, String command) throws Exception {
        Path out = options.out().toAbsolutePath();
        Path scratch = Files.createDirectories(out.resolve("scratch"));
        Optional<SqliteCli> sqlite = options.engineRatio() ? SqliteCli.find(scratch) : Optional.empty();
        String sqliteVersion = sqlite.isPresent() ? sqlite.get().version()
                : options.engineRatio() ? "not installed (ratios not measured)" : "not used in this run";
        BenchRegisters registers = new BenchRegisters(out.resolve("registers"), filler, CLOCK);
        List<SizeResult> groups = new ArrayList<>();
        List<BenchRegisters.Built> builts = new ArrayList<>();
        for (String size : options.sizes()) {
            BenchRegisters.Built built = registers.ensure(size, BenchOptions.records(size), options.seed());
            builts.add(built);
            if (!options.registerRuns()) {
                continue;
            }
            DataFolder working = workingCopy(built.folder().root(), out.resolve("work").resolve(size));
            System.out.printf("measuring the %s register (%d records)%n", size, built.records());
            List<Measurement> measured = new RegisterBench(working, CLOCK, options.sampler(), options.documentBatch(), sqlite,
                    scratch.resolve(size)).run();
            groups.add(new SizeResult(size, built.records(), String.format(java.util.Locale.ROOT,
                    "Register built by %s with seed %d in %.1f s%s; measured on a copy.", filler.version(),
                    options.seed(), built.buildSeconds(), built.reused() ? " (reused)" : ""), measured));
        }
        if (options.processRuns() && !builts.isEmpty()) {
            groups.add(processRuns(options, out, scratch, builts));
        }
        List<SizeResult> kept = new ArrayList<>();
        for (Path previous : options.mergeWith()) {
            for (SizeResult g : BenchReport.groupsIn(previous)) {
                if (groups.stream().noneMatch(mine -> mine.size().equals(g.size()))
                        && kept.stream().noneMatch(k -> k.size().equals(g.size()))) {
                    kept.add(g);
                }
            }
        }
        groups.addAll(0, kept);
        BenchReport report = new BenchReport(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(), command,
                Machine.describe(sqliteVersion), options.seed(), groups);
        report.writeJson(out.resolve("result.json"));
        if (options.markdown() != null) {
            report.writeMarkdown(options.markdown());
        }
        return report;
    }

    /**
     * What runs in JVMs of their own, on the largest register: the first frame against the floor, the headless UI
     * run, and the import of 100,000 rows exported from it into a copy of the smallest.
     */
    private static SizeResult processRuns(BenchOptions options, Path out, Path scratch, List<BenchRegisters.Built> builts)
            throws Exception {
        String largest = options.sizes().get(options.sizes().size() - 1);
        BenchRegisters.Built big = builts.get(builts.size() - 1);
        Path appDir = Path.of(System.getProperty("bench.appDir", "target/liaisondesk")).toAbsolutePath();
        List<Measurement> measured = new ArrayList<>();
        System.out.println("first frame (" + largest + " register)");
        DataFolder frameCopy = workingCopy(big.folder().root(), out.resolve("work").resolve("first-frame"));
        measured.addAll(new FirstFrameBench(appDir, scratch, frameCopy.root(), 5).run());
        System.out.println("headless UI run (" + largest + " register)");
        DataFolder uiCopy = workingCopy(big.folder().root(), out.resolve("work").resolve("ui"));
        measured.addAll(new UiBench(uiCopy.root()).run());
        System.out.println("import of " + ImportBench.ROWS + " rows");
        DataFolder importTarget = workingCopy(builts.get(0).folder().root(), out.resolve("work").resolve("import"));
        long visits;
        try (org.liaisondesk.app.AppContext ctx = org.liaisondesk.app.AppContext.open(uiCopy, CLOCK)) {
            visits = ctx.visits().countLive();
        }
        measured.addAll(new ImportBench(uiCopy.root(), visits, importTarget.root(), scratch).run());
        return new SizeResult("process runs on the " + largest + " register", big.records(),
                "First frame of the packaged app (" + appDir + ") and of a minimal JavaFX window, 5 runs each; the "
                        + "headless UI run (Monocle, -Xmx512m); the import through the CLI (-Xmx512m).", measured);
    }

    /** A fresh copy of a built register, so that the saves a run makes never change the register it reuses. */
    static DataFolder workingCopy(Path built, Path copy) throws IOException {
        BenchRegisters.deleteTree(copy);
        try (Stream<Path> files = Files.walk(built)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(built.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().endsWith(".lock") && !source.startsWith(built.resolve("backups"))) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        DataFolder folder = DataFolder.at(copy);
        // A register of this size is one in daily use: the first-run offer (demo register, settings) is long done.
        SettingsStore settings = new SettingsStore(folder.settings(), CLOCK);
        Settings current = settings.load();
        current.setFirstRunCompleted(true);
        settings.save(current);
        return folder;
    }
}
