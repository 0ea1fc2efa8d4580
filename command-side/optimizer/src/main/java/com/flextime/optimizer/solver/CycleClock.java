package com.flextime.optimizer.solver;

/**
 * Where the current cooling cycle stands, from 0 (just reheated) to 1 (cooled): counted in moves when the
 * settings give a move budget (so a run is reproducible), otherwise in time, so a cycle is a share of the
 * time limit whatever the instance's speed.
 */
final class CycleClock {
    private final boolean byMoves;
    private final double length;
    private double cycleStart;

    /** Cycles over what is left of the budget after {@code movesSpent} moves, from now on. */
    CycleClock(SolverSettings settings, long deadlineNanos, long movesSpent) {
        this.byMoves = settings.maxIterations() != Long.MAX_VALUE;
        long now = System.nanoTime();
        this.length = (byMoves ? (double) (settings.maxIterations() - movesSpent)
                : (double) Math.max(1, deadlineNanos - now)) / AnnealingSolver.CYCLES_PER_BUDGET;
        this.cycleStart = byMoves ? movesSpent : now;
    }

    double progress(long moves) {
        return ((byMoves ? moves : System.nanoTime()) - cycleStart) / length;
    }

    void nextCycle(long moves) {
        cycleStart = byMoves ? moves : System.nanoTime();
    }
}
