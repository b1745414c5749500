package org.liaisondesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a run measures and where it writes, from system properties (the bench profile passes them on):
 * {@code bench.sizes} (10k,100k,1m), {@code bench.seed}, {@code bench.warmup}, {@code bench.repetitions},
 * {@code bench.budgetSeconds} (per measurement), {@code bench.documents} (the batch, 100), {@code bench.out} (target/bench), {@code bench.markdown}
 * (docs/benchmarks.md, empty for none), {@code bench.register} (false skips the measurements per register),
 * {@code bench.sqlite3} (false skips the ratio to the sqlite3 tool),
 * {@code bench.process} (false skips the first-frame, UI and import runs) and {@code bench.mergeWith} (previous
 * result.json files, comma-separated, whose groups this run does not measure again are kept in the report);
 * {@code bench.command} and {@code bench.note} replace the command line and add a note in the report's header.
 */
record BenchOptions(List<String> sizes, long seed, Sampler sampler, int documentBatch, Path out, Path markdown,
                    boolean registerRuns, boolean engineRatio, boolean processRuns, List<Path> mergeWith) {

    static BenchOptions fromSystemProperties() {
        String markdown = System.getProperty("bench.markdown", "docs/benchmarks.md");
        return new BenchOptions(
                Arrays.stream(System.getProperty("bench.sizes", "10k,100k,1m").split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList(),
                Long.getLong("bench.seed", 1),
                new Sampler(Integer.getInteger("bench.warmup", 5), Integer.getInteger("bench.repetitions", 30),
                        Duration.ofSeconds(Long.getLong("bench.budgetSeconds", 20))),
                Integer.getInteger("bench.documents", 100),
                Path.of(System.getProperty("bench.out", "target/bench")),
                markdown.isBlank() ? null : Path.of(markdown),
                Boolean.parseBoolean(System.getProperty("bench.register", "true")),
                Boolean.parseBoolean(System.getProperty("bench.sqlite3", "true")),
                Boolean.parseBoolean(System.getProperty("bench.process", "true")),
                Arrays.stream(System.getProperty("bench.mergeWith", "").split(",")).map(String::strip)
                        .filter(f -> !f.isEmpty()).map(Path::of).toList());
    }

    /** 10k → 10,000; 1m → 1,000,000; a plain number is taken as it is. */
    static long records(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("k")) {
            return Long.parseLong(s.substring(0, s.length() - 1)) * 1_000;
        }
        if (s.endsWith("m")) {
            return Long.parseLong(s.substring(0, s.length() - 1)) * 1_000_000;
        }
        return Long.parseLong(s);
    }
}
