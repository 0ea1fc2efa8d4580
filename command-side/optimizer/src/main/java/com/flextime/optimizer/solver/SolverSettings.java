package com.flextime.optimizer.solver;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long and how to search. The search stops at whichever comes first: the time limit, the iteration budget
 * (per search thread), or {@code stop} being set. Same seed and same iterations give the same result.
 */
public record SolverSettings(Duration timeLimit, long maxIterations, long seed, int threads, AtomicBoolean stop) {

    public SolverSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        stop = stop == null ? new AtomicBoolean() : stop;
    }

    public static SolverSettings timeLimited(Duration limit, long seed) {
        return new SolverSettings(limit, Long.MAX_VALUE, seed, Runtime.getRuntime().availableProcessors(), null);
    }
}
