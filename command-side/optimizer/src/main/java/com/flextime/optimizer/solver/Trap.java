package com.flextime.optimizer.solver;

import com.flextime.optimizer.score.Score;

/**
 * Watches the adaptive phase for a current state that is infeasible at the weight's cap and no nearer
 * feasible for {@code patience} moves, while the best is feasible
 * ({@link AnnealingSolver#TRAPPED_PER_TEAM_SLOT}).
 */
final class Trap {
    private final long patience;
    private long since;
    private long hard = Long.MAX_VALUE;

    Trap(long patience, long moves) {
        this.patience = patience;
        this.since = moves;
    }

    /** Asked every 500 moves; true (and watching afresh) when the state has been stuck that long. */
    boolean stuck(Score current, Score best, boolean capped, long moves) {
        boolean trapped = best.feasible() && !current.feasible() && capped;
        if (!trapped || current.infeasibility() < hard) {
            since = moves;
            hard = trapped ? current.infeasibility() : Long.MAX_VALUE;
            return false;
        }
        if (moves - since < patience) {
            return false;
        }
        since = moves;
        hard = Long.MAX_VALUE;
        return true;
    }
}
