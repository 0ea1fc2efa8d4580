package com.flextime.optimizer.solver;

/**
 * The port through which everything solves: the command line, the benchmarks and (later) the optimization saga.
 * Implementations are plain Java and deterministic for a given seed and iteration budget.
 */
public interface Solver {

    SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress);
}
