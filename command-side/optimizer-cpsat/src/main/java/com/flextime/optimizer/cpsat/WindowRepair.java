package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Large-neighbourhood repair of hard violations with CP-SAT (fix and optimise over slot windows): every round
 * frees the games of a few slots — those of one hard violation, its games' slots, and random others — and asks
 * CP-SAT to re-seat them in those slots with the least hard deviation, everything else fixed. A pair with a game
 * in the window may also swap sides in its other game, so a game can come home (ITC2021's phased instances need
 * this for a fixed game). A round's answer is kept when the exact scorer finds it no worse. Where annealing's
 * moves (one or two slots, one or two teams at a time) stall on a handful of coupled violations (CA4 over slot
 * sets, GA1 fixed games, CA1 per slot), CP-SAT looks at every re-seating of a whole window at once.
 *
 * <p>Window size adapts: a round CP-SAT closes quickly widens the next window, one that runs out of time
 * narrows it. Not deterministic: CP-SAT's workers share what they find as they go.
 */
final class WindowRepair {

    /** CP-SAT's time per round, in seconds. */
    static final double ROUND_SECONDS = 3.0;
    static final int MIN_WINDOW = 3;
    static final int START_WINDOW = 6;
    static final int MAX_WINDOW = 12;
    /** {@code -Dflextime.repair.log=true}: every round on standard error (window, CP-SAT's status, result). */
    private static final boolean LOG = Boolean.getBoolean("flextime.repair.log");

    /** The outcome: the timetable, its exact score, rounds tried and rounds kept with a lower deviation. */
    record Result(List<Match> matches, Score score, int rounds, int improvements) {
    }

    private final Problem problem;
    /** The hard constraints as soft twins: the model's objective is the hard deviation. */
    private final Problem relaxed;
    private final int threads;
    private final Random random;

    WindowRepair(Problem problem, int threads, long seed) {
        this.problem = problem;
        List<TimetableConstraint> hard = problem.constraints().stream().filter(TimetableConstraint::hard)
                .map(HardAsSoft::soft).toList();
        this.relaxed = new Problem(problem.name(), problem.teams(), hard, problem.format(), null);
        this.threads = threads;
        this.random = new Random(seed);
    }

    /**
     * Repairs from {@code start} until no hard violation is left, the deadline, {@code stop}, or
     * {@code patience} rounds in a row without a lower hard deviation; {@code improved} hears each lower one.
     * Returns the best timetable seen (by hard deviation, then objective), not where sideways rounds ended.
     */
    Result repair(List<Match> start, long deadlineNanos, AtomicBoolean stop, int patience,
                  Consumer<Score> improved) {
        List<Match> current = start;
        Score score = Scorer.score(problem.constraints(), timetable(current));
        List<Match> best = current;
        Score bestScore = score;
        int window = START_WINDOW;
        int rounds = 0;
        int improvements = 0;
        int idle = 0;
        while (!score.feasible() && !stop.get() && idle < patience) {
            double seconds = Math.min(ROUND_SECONDS, (deadlineNanos - System.nanoTime()) / 1e9);
            if (seconds < 0.05) {
                break;
            }
            rounds++;
            Set<Integer> slots = window(current, score, window);
            long roundStart = System.nanoTime();
            Round round = solve(current, slots, seconds, stop);
            boolean closed = round.status == CpSolverStatus.OPTIMAL;
            double used = (System.nanoTime() - roundStart) / 1e9;
            window = closed && used < seconds / 3 ? Math.min(MAX_WINDOW, window + 1)
                    : closed ? window : Math.max(MIN_WINDOW, window - 1);
            idle++;
            if (round.matches == null) {
                continue;
            }
            Score next = Scorer.score(problem.constraints(), timetable(round.matches));
            if (LOG) {
                System.err.printf("round %d window %s %s %.2f s -> %d (was %d)%n", rounds, slots, round.status,
                        used, next.infeasibility(), score.infeasibility());
            }
            if (next.infeasibility() <= score.infeasibility()) {
                if (next.infeasibility() < score.infeasibility()) {
                    idle = 0;
                    improvements++;
                    improved.accept(next);
                }
                current = round.matches;
                score = next;
                if (score.compareTo(bestScore) < 0) {
                    best = current;
                    bestScore = score;
                }
            }
        }
        // sideways rounds may leave the search on a higher objective than the best it passed
        return new Result(best, bestScore, rounds, improvements);
    }

    /** Slots of one hard violation (picked at random) and of its games, then random slots, {@code size} in all. */
    private Set<Integer> window(List<Match> current, Score score, int size) {
        int slots = problem.slots();
        List<Violation> hard = score.violations().stream().filter(Violation::hard).toList();
        Violation violation = hard.get(random.nextInt(hard.size()));
        Timetable timetable = timetable(current);
        List<Integer> candidates = new ArrayList<>(violation.slots());
        for (String game : violation.games()) {
            String[] teams = game.split("-");
            int home = Integer.parseInt(teams[0]);
            int away = Integer.parseInt(teams[1]);
            for (int slot : timetable.meetings(home, away)) {
                candidates.add(slot);
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(random.nextInt(slots));
        }
        // phased: a window within one half, where the games it frees can trade slots without leaving the half
        int first = candidates.get(random.nextInt(candidates.size()));
        int half = slots / 2;
        int from = problem.phased() && first >= half ? half : 0;
        int to = problem.phased() ? from + half : slots;
        candidates.removeIf(s -> s < from || s >= to);
        Set<Integer> window = new TreeSet<>();
        window.add(first);
        while (!candidates.isEmpty() && window.size() < size) {
            window.add(candidates.remove(random.nextInt(candidates.size())));
        }
        while (window.size() < Math.min(size, to - from)) {
            window.add(from + random.nextInt(to - from));
        }
        if (problem.mirrored()) {
            // a mirrored model ties slot s to s + half: free both or neither
            for (int s : List.copyOf(window)) {
                window.add(s < half ? s + half : s - half);
            }
        }
        return window;
    }

    private record Round(CpSolverStatus status, List<Match> matches) {
    }

    private Round solve(List<Match> current, Set<Integer> window, double seconds, AtomicBoolean stop) {
        int teams = problem.teams();
        Timetable timetable = timetable(current);
        Set<Long> pairsInWindow = new HashSet<>();
        for (Match game : current) {
            if (window.contains(game.slot())) {
                pairsInWindow.add(pair(game.home(), game.away()));
            }
        }
        TimetableModel m = new TimetableModel(relaxed, true);
        m.hint(current);
        for (int h = 0; h < teams; h++) {
            for (int a = 0; a < teams; a++) {
                if (h == a) {
                    continue;
                }
                boolean free = pairsInWindow.contains(pair(h, a));
                for (int s = 0; s < problem.slots(); s++) {
                    BoolVar x = m.x[h][a][s];
                    boolean meets = timetable.opponent(h, s) == a;
                    if (window.contains(s)) {
                        if (!free) {
                            m.model.addEquality(x, 0); // only the window's own games are re-seated in it
                        }
                    } else if (!(meets && free)) {
                        m.model.addEquality(x, meets && timetable.isHome(h, s) ? 1 : 0);
                    }
                }
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(threads)
                .setRandomSeed(random.nextInt(1 << 20));
        Thread watcher = CpSatSolver.watch(stop, solver);
        CpSolverStatus status;
        try {
            status = solver.solve(m.model);
        } finally {
            watcher.interrupt();
        }
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        return new Round(status, found ? m.matches(solver::booleanValue) : null);
    }

    private Timetable timetable(List<Match> matches) {
        return new Timetable(problem.teams(), problem.slots(), matches);
    }

    private static long pair(int a, int b) {
        return Math.min(a, b) * 100_000L + Math.max(a, b);
    }
}
