package com.flextime.optimizer.solver;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * A short annealing run from a timetable the adaptive phase left trapped infeasible (decisions D93): its cost is
 * the objective plus the hard deviation at a moderate weight (each hard constraint by its boost, boosts growing on
 * the constraints that stay violated), from a temperature of one such weight cooling tenfold over the budget, until
 * the timetable is feasible or the budget is spent. The trapped timetables of ITC2021 instances are typically one
 * or two hard violations from feasible with an objective below the best's; at the cap's weight no move out is ever
 * accepted, while this one finds feasible neighbours, some of them better than the best. The chain makes the moves
 * (and keeps any new best); this class only decides how long and how hot.
 */
final class TrapRepair {

    private final long budget;
    private final double weight;
    private final int boostEvery;

    /**
     * @param budget     the most moves the repair makes
     * @param weight     the hard deviation's weight, and the starting temperature
     * @param boostEvery moves between two boosts of the violated hard constraints
     */
    TrapRepair(long budget, double weight, int boostEvery) {
        this.budget = budget;
        this.weight = weight;
        this.boostEvery = boostEvery;
    }

    /**
     * Moves until {@code finished} (feasible, or the run stopped) or the budget is spent.
     *
     * @param movesBefore the chain's moves so far: boosts and refocusing keep the chain's beat
     * @param move        one move at the given temperature
     * @param boost       boosts the hard constraints the current timetable violates
     * @param refocus     every 256 moves, lets the moves' focus follow the violations
     * @return the moves made
     */
    long run(long movesBefore, DoubleConsumer move, BooleanSupplier finished, Runnable boost, Runnable refocus) {
        double temperature = weight;
        long moves = 0;
        while (moves < budget && !finished.getAsBoolean()) {
            move.accept(temperature);
            moves++;
            long chainMoves = movesBefore + moves;
            if (chainMoves % boostEvery == 0) {
                boost.run();
            }
            if ((chainMoves & 0xff) == 0) {
                refocus.run();
                temperature = temperatureAfter(moves);
            }
        }
        return moves;
    }

    /** The temperature after {@code moves} of the budget: the weight, cooling tenfold over the whole budget. */
    double temperatureAfter(long moves) {
        return weight * Math.pow(AnnealingSolver.FEASIBILITY_FALL, Math.min(1.0, moves / (double) budget));
    }

    /**
     * How long the next repair of a chain may run: its full budget while repairs pay, halved after each that finds
     * no new best (on Early 13 most repairs find none, and full-length ones there cost the objective), back to full
     * after one that does; none once it has fallen below one move per team-slot.
     */
    static final class Budget {

        private final long full;
        private final long floor;
        private double share = 1.0;

        /**
         * @param full  the first repair's budget, in moves
         * @param floor the least budget worth a repair; below it, {@link #next} is 0
         */
        Budget(long full, long floor) {
            this.full = full;
            this.floor = floor;
        }

        /** The next repair's budget in moves, 0 when repairs no longer pay. */
        long next() {
            long budget = (long) (share * full);
            return budget < floor ? 0 : budget;
        }

        /** Records how the last repair went: a new best restores the full budget, none halves it. */
        void settle(boolean foundNewBest) {
            share = foundNewBest ? 1.0 : share * 0.5;
        }
    }
}
