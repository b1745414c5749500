package org.liaisondesk.bench;

import org.junit.jupiter.api.Test;

/**
 * How {@code mvn -Pbench verify} starts the benchmark: the bench profile runs this class alone with surefire (its
 * name matches none of surefire's default patterns, so a plain build never runs it). The options come from the
 * profile's system properties.
 */
class BenchmarkRun {
    @Test
    void runTheBenchmark() throws Exception {
        Benchmark.main(new String[0]);
    }
}
