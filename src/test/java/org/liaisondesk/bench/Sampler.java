package org.liaisondesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times an operation: {@code warmUp} unrecorded runs (and more, up to {@link #WARM_UP_TIME}, for a fast one: a query of
 * half a millisecond is not compiled by the JIT after five runs, and the first register measured would pay for it),
 * then up to {@code repetitions} recorded ones, fewer when the {@code budget} runs out (never fewer than
 * {@link #MIN_SAMPLES}), so that a slow query at a million records does not hold the run for an hour.
 */
public record Sampler(int warmUp, int repetitions, Duration budget) {
    public static final int MIN_SAMPLES = 3;
    static final Duration WARM_UP_TIME = Duration.ofMillis(300);
    private static final int MOST_WARM_UP_RUNS = 2_000;

    public Sampler {
        if (warmUp < 0 || repetitions < 1) {
            throw new IllegalArgumentException("warm-up " + warmUp + ", repetitions " + repetitions);
        }
    }

    /** An operation whose result is kept, so that the JIT cannot drop the work. */
    @FunctionalInterface
    public interface Operation {
        Object run() throws Exception;
    }

    public Sampler withRepetitions(int newRepetitions) {
        return new Sampler(warmUp, newRepetitions, budget);
    }

    public Sampler withWarmUp(int newWarmUp) {
        return new Sampler(newWarmUp, repetitions, budget);
    }

    /** The samples in milliseconds. */
    public Stats millis(Operation operation) {
        return Stats.of(samples(operation));
    }

    List<Double> samples(Operation operation) {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            long warmUntil = System.nanoTime() + WARM_UP_TIME.toNanos();
            for (int i = 0; warmUp > 0 && i < MOST_WARM_UP_RUNS && System.nanoTime() < deadline
                    && (i < warmUp || System.nanoTime() < warmUntil); i++) {
                Blackhole.consume(operation.run());
            }
            List<Double> samples = new ArrayList<>();
            long end = System.nanoTime() + budget.toNanos();
            while (samples.size() < repetitions && (samples.size() < Math.min(MIN_SAMPLES, repetitions)
                    || System.nanoTime() < end)) {
                long start = System.nanoTime();
                Object result = operation.run();
                samples.add((System.nanoTime() - start) / 1e6);
                Blackhole.consume(result);
            }
            return samples;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps results reachable so that the measured work is not optimised away. */
    static final class Blackhole {
        private static volatile int sink;

        private Blackhole() {
        }

        static void consume(Object value) {
            sink += System.identityHashCode(value);
        }
    }
}
