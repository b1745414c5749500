package org.liaisondesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The raw engine as a yardstick: the {@code sqlite3} command-line tool runs the very statements a service ran.
 * Its own {@code .timer} has a resolution of a millisecond, too coarse for a page query, so the time of one run
 * is taken as (wall time of a shell running the statements {@code n} times − wall time of the same shell running
 * them zero times) / n. Optional: without the tool on the PATH the ratio is simply not measured.
 */
final class SqliteCli {
    private static final String SCHEMA_READ = "SELECT count(*) FROM sqlite_schema;";
    private static final int TRIALS = 3;
    private final String executable;
    private final Path scratch;

    private SqliteCli(String executable, Path scratch) {
        this.executable = executable;
        this.scratch = scratch;
    }

    static Optional<SqliteCli> find(Path scratch) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "sqlite3");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new SqliteCli(candidate.toString(), scratch));
            }
        }
        return Optional.empty();
    }

    String version() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.split(" ")[0];
    }

    /** The time of one run of {@code statements} and how many runs it was averaged over. */
    record Timing(double millisPerRun, int runs) {
    }

    /**
     * Milliseconds for one run of {@code statements}: the mean over as many runs as make about {@code targetMillis}
     * of work (at most {@code maxRuns}), each wall time the median of {@value #TRIALS} trials. A statement slower than
     * the target is timed by the first run alone: repeating a query of seconds adds nothing but waiting.
     */
    Timing time(Path database, List<String> statements, double targetMillis, int maxRuns)
            throws IOException, InterruptedException {
        double empty = wallMillis(database, statements, 0);
        double once = Math.max(0.05, wallMillis(database, statements, 1) - empty);
        if (once >= targetMillis) {
            return new Timing(once, 1);
        }
        int runs = (int) Math.max(3, Math.min(maxRuns, targetMillis / once));
        double full = medianWallMillis(database, statements, runs, TRIALS);
        return new Timing(Math.max(0, full - medianWallMillis(database, statements, 0, TRIALS)) / runs, runs);
    }

    private double medianWallMillis(Path database, List<String> statements, int runs, int trials)
            throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            times.add(wallMillis(database, statements, runs));
        }
        Collections.sort(times);
        return times.get(trials / 2);
    }

    private double wallMillis(Path database, List<String> statements, int runs) throws IOException, InterruptedException {
        Path script = Files.createTempFile(scratch, "sqlite3-", ".sql");
        try {
            StringBuilder text = new StringBuilder(".output /dev/null\n").append(SCHEMA_READ).append('\n');
            for (int i = 0; i < runs; i++) {
                for (String statement : statements) {
                    text.append(statement).append(";\n");
                }
            }
            Files.writeString(script, text, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(executable, "-readonly", "-bail", database.toString())
                    .redirectInput(script.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            long start = System.nanoTime();
            Process p = pb.start();
            String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("sqlite3 did not finish");
            }
            double millis = (System.nanoTime() - start) / 1e6;
            if (p.exitValue() != 0 || !errors.isBlank()) {
                throw new IOException("sqlite3 failed: " + errors.strip());
            }
            return millis;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
