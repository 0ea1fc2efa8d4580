package com.flextime.optimizer.season;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Simulated annealing over a season's meetings: each meeting (single game or series) has a round, a start day in
 * that round and a host. The pairing stays fixed. The cost is a sum over teams (every rule is judged on one team's
 * season), so a move re-judges only the teams it touches, plus the few season-wide rules ({@link SeasonWideRule},
 * e.g. Big Monday), which are re-judged after every move.
 *
 * <p>Two phases. <b>Feasibility</b>: minimise the number of hard violations, accepting a worse state with
 * probability exp(-Δ/T). <b>Improvement</b>: once no hard rule is broken, minimise the weighted soft score by
 * annealing in cycles (geometric cooling, reheat from the best state), never accepting a move that breaks a hard
 * rule. It stops at the iteration budget, the time limit, or after {@value #IDLE_CYCLES} cycles in a row that found
 * nothing better.
 *
 * <p>The season and its per-team costs are a {@link SeasonState}; a move is recorded, judged and taken or undone by a
 * {@link PendingMove}; the moves are {@link SeasonMoves}. One random stream feeds the day choice, the moves and the
 * acceptance test in one fixed order: that is what makes a seed give one season.
 *
 * <p>Moves: move a meeting to another round (usually one where both teams have room), change its day within the
 * round, swap its host (both legs of a twice-meeting together), reverse the hosts around a directed cycle of single
 * meetings (every team keeps its home count), swap the rounds of two meetings of one team, a Kempe chain between two
 * rounds (keeps every team at most once per round when it was), and swap two whole rounds. When every team plays in
 * every round, only the moves that keep rounds full run. A meeting moved into a round takes the start day its two
 * teams can best play (no blackout, no clash with their other games), ties broken at random. While hard rules are
 * broken, most moves pick a meeting of a team that breaks one.
 *
 * <p>Deterministic: the same seed and iteration budget give the same season; a time limit only decides where the
 * same trajectory stops.
 */
final class SeasonSearch {

    /** How a run ended and the state it found. */
    record Outcome(int[] round, int[] start, boolean[] homeIsA, int hard, double soft, long iterations,
                   long feasibleAt, long feasibleMillis, long millis) {
    }

    /** The improvement phase ends after this many cycles in a row without a better season. */
    static final int IDLE_CYCLES = 12;

    private final SeasonState s;
    private final PendingMove move;
    private final SeasonMoves moves;
    private final SplittableRandom rng;
    private final int size;

    SeasonSearch(SeasonContext c, List<SeasonRule.Use> rules, List<SeasonWideRule.Use> wideRules,
                 Pairing.Result pairing, long seed) {
        this(c, rules, wideRules, pairing, seed, null);
    }

    /** From an existing season ({@code existing}, may be null for a fresh one). */
    SeasonSearch(SeasonContext c, List<SeasonRule.Use> rules, List<SeasonWideRule.Use> wideRules,
                 Pairing.Result pairing, long seed, ExistingSeason existing) {
        this.rng = new SplittableRandom(seed);
        this.s = new SeasonState(c, rules, wideRules, pairing, rng, existing);
        this.move = new PendingMove(s);
        this.moves = new SeasonMoves(s, move, rng);
        this.size = s.size;
    }

    int hard() {
        return s.hard;
    }

    double soft() {
        return s.soft;
    }

    Outcome run(long maxIterations, long deadlineNanos, BooleanSupplier stop) {
        return run(maxIterations, deadlineNanos, stop, SeasonProgress.NONE);
    }

    /** As {@link #run(long, long, BooleanSupplier)}, telling {@code progress} of every better season. */
    Outcome run(long maxIterations, long deadlineNanos, BooleanSupplier stop, SeasonProgress progress) {
        long begin = System.nanoTime();
        int[] bestRound = s.round.clone();
        int[] bestStart = s.start.clone();
        boolean[] bestHome = s.homeIsA.clone();
        int bestHard = s.hard;
        double bestSoft = s.soft;
        long feasibleAt = s.hard == 0 ? 0 : -1;
        long feasibleMillis = s.hard == 0 ? 0 : -1;
        long it = 0;
        // phase 1: feasibility; a short hot spell after every 20,000 iterations without a new best
        long lastBest = 0;
        progress.improved(bestHard, bestSoft);
        while (s.hard > 0 && it < maxIterations) {
            if ((it & 255) == 0 && (System.nanoTime() > deadlineNanos || stop.getAsBoolean())) {
                break;
            }
            it++;
            long since = it - lastBest;
            double temperature = since > 20_000 && since % 20_000 < 500 ? 1.5 : 0.35;
            if (!moves.propose(true)) {
                continue;
            }
            move.judge();
            if (move.deltaHard <= 0 || rng.nextDouble() < StrictMath.exp(-move.deltaHard / temperature)) {
                move.commit();
                if (s.hard < bestHard || s.hard == bestHard && s.soft < bestSoft) {
                    if (s.hard < bestHard) {
                        lastBest = it;
                        progress.improved(s.hard, s.soft);
                    }
                    bestHard = s.hard;
                    bestSoft = s.soft;
                    keep(bestRound, bestStart, bestHome);
                }
            } else {
                move.revert();
            }
        }
        if (s.hard == 0) {
            feasibleAt = it;
            feasibleMillis = (System.nanoTime() - begin) / 1_000_000;
            bestHard = 0;
            bestSoft = s.resum();
            keep(bestRound, bestStart, bestHome);
            progress.improved(0, bestSoft);
            // phase 2: improve the soft score without breaking a hard rule
            double t0 = calibrate();
            long cycle = Math.max(20_000, 400L * size);
            long cycleStart = it;
            boolean improvedThisCycle = false;
            int idleCycles = 0;
            while (it < maxIterations && idleCycles < IDLE_CYCLES) {
                if ((it & 255) == 0 && (System.nanoTime() > deadlineNanos || stop.getAsBoolean())) {
                    break;
                }
                long inCycle = it - cycleStart;
                if (inCycle >= cycle) {
                    // reheat; from the best season when this cycle found nothing better
                    if (!improvedThisCycle) {
                        s.restore(bestRound, bestStart, bestHome);
                        idleCycles++;
                    } else {
                        idleCycles = 0;
                    }
                    cycleStart = it;
                    inCycle = 0;
                    improvedThisCycle = false;
                }
                // geometric cooling from t0 to t0/500 over one cycle
                double t = t0 * StrictMath.pow(0.002, (double) inCycle / cycle);
                it++;
                if (!moves.propose(false)) {
                    continue;
                }
                move.judge();
                if (move.deltaHard > 0) {
                    move.revert();
                    continue;
                }
                if (move.deltaSoft <= 0 || rng.nextDouble() < StrictMath.exp(-move.deltaSoft / t)) {
                    move.commit();
                    if (s.soft < bestSoft - 1e-9) {
                        bestSoft = s.soft;
                        improvedThisCycle = true;
                        keep(bestRound, bestStart, bestHome);
                        progress.improved(0, bestSoft);
                    }
                } else {
                    move.revert();
                }
            }
        }
        s.restore(bestRound, bestStart, bestHome);
        return new Outcome(s.round.clone(), s.start.clone(), s.homeIsA.clone(), s.hard, s.soft, it, feasibleAt,
                feasibleMillis, (System.nanoTime() - begin) / 1_000_000);
    }

    /** The soft temperature: the mean worsening of 200 random feasible moves (then undone). */
    private double calibrate() {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < 2_000 && count < 200; i++) {
            if (!moves.propose(false)) {
                continue;
            }
            move.judge();
            if (move.deltaHard == 0 && move.deltaSoft > 1e-9) {
                sum += move.deltaSoft;
                count++;
            }
            move.revert();
        }
        return count == 0 ? 1 : sum / count;
    }

    /** Copies the current season into the best one's arrays. */
    private void keep(int[] bestRound, int[] bestStart, boolean[] bestHome) {
        System.arraycopy(s.round, 0, bestRound, 0, size);
        System.arraycopy(s.start, 0, bestStart, 0, size);
        System.arraycopy(s.homeIsA, 0, bestHome, 0, size);
    }
}
