package org.liaisondesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liaisondesk.Launcher;

/**
 * The 100,000-row .xlsx import, through the CLI as a user's script would run it: the visits of the big register
 * are exported (the {@code export} command, unmasked) and imported into a copy of a small register with the same
 * roster ({@code import --valid-rows-only}), in a JVM limited to 512 MB whose GC log gives the largest heap left
 * after a collection (memory flat: it does not grow with the rows).
 */
final class ImportBench {
    static final int ROWS = 100_000;
    private static final Pattern EXPORTED = Pattern.compile("(\\d[\\d,]*)");
    private static final Pattern AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\(");
    private final Path source;
    private final Path target;
    private final Path scratch;
    private final long visitsInSource;

    ImportBench(Path source, long visitsInSource, Path target, Path scratch) {
        this.source = source;
        this.visitsInSource = visitsInSource;
        this.target = target;
        this.scratch = scratch;
    }

    List<Measurement> run() throws IOException, InterruptedException {
        Path xlsx = scratch.resolve("visits-100k.xlsx");
        LocalDate today = LocalDate.now(Benchmark.CLOCK);
        long days = visitsInSource <= ROWS ? 5 * 366 : (long) Math.ceil(5 * 365.0 * ROWS / visitsInSource);
        Run export = cli(source, List.of("export", "--kind", "visits", "--from", today.minusDays(days).toString(),
                "--to", today.toString(), "--unmasked", "--overwrite", "--out", xlsx.toString()), null);
        Matcher rows = EXPORTED.matcher(export.output().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(""));
        long exported = rows.find() ? Long.parseLong(rows.group(1).replace(",", "")) : -1;
        Path gcLog = scratch.resolve("import-gc.log");
        Run imported = cli(target, List.of("import", "--kind", "visits", "--valid-rows-only", xlsx.toString()), gcLog);
        String summary = imported.output().lines().filter(l -> !l.isBlank() && !l.startsWith("第 "))
                .reduce((a, b) -> a + " " + b).orElse("");
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement("import.xlsx", String.format("导入 %d 行 .xlsx (CLI import --valid-rows-only, -Xmx512m)",
                exported), "ms", Stats.single(imported.millis()), Target.IMPORT,
                "exit " + imported.exit() + "; " + summary.strip()));
        out.add(new Measurement("import.heap", "largest heap after a GC during the import", "MB",
                Stats.single(largestHeapAfterGc(gcLog)), Target.HEAP_MB, Files.size(xlsx) / 1024 + " KB file"));
        return out;
    }

    private static double largestHeapAfterGc(Path gcLog) throws IOException {
        double largest = 0;
        if (!Files.exists(gcLog)) {
            return largest;
        }
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = AFTER_GC.matcher(line);
            while (m.find()) {
                largest = Math.max(largest, Double.parseDouble(m.group(2)));
            }
        }
        return largest;
    }

    record Run(int exit, double millis, String output) {
    }

    private static Run cli(Path dataDir, List<String> arguments, Path gcLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        if (gcLog != null) {
            command.add("-Xlog:gc:file=" + gcLog);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", dataDir.toString()));
        command.addAll(arguments);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), (System.nanoTime() - start) / 1e6, output);
    }
}
