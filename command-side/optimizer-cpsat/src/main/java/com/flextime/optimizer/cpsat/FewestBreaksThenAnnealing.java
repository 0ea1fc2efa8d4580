package com.flextime.optimizer.cpsat;

import static com.flextime.optimizer.cpsat.CpSatThenAnnealing.describe;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Home/away patterns first, where breaks matter (decisions D81). For a plain double round robin with a soft limit
 * on breaks (BR2), CP-SAT looks for a timetable meeting every hard rule in which each team has the fewest breaks
 * its own rules allow, at least one ({@link BreakPatterns}: n − 2 breaks in all when no team's rules force more,
 * the fewest a double round robin can have), then lowers the soft rules' penalty within those patterns, for at
 * most half the time limit; when such a timetable is proved impossible (often within a second), the same with one
 * break more per team, for the rest of that half if it finds a first timetable within a tenth of the limit (D85).
 * Annealing goes on from CP-SAT's timetable for the rest of the time, or from its own construction when CP-SAT
 * found none. Annealing alone rarely lowers the break count: a move that changes one team's pattern changes its
 * opponents' too, so from a random start it stops hundreds of breaks above the fewest (ITC2021 Early 14: 440 of
 * an objective of 458 was breaks). Any other problem is annealing's alone.
 */
public final class FewestBreaksThenAnnealing implements Solver, Benchmark.Explains {

    /** CP-SAT's share of the time limit, for the fewest breaks. */
    private final double share;
    /**
     * When the fewest is proved impossible, one break more per team gets the rest of {@link #share}, but only
     * if its first timetable comes within this share of the limit (ITC2021 Early 9: 3.5 s; Early 15: none in
     * 6.8 s of a minute's run).
     */
    private final double extraShare;
    private volatile String lastRun = "";

    public FewestBreaksThenAnnealing() {
        this(0.5, 0.1);
    }

    public FewestBreaksThenAnnealing(double share, double extraShare) {
        if (share <= 0 || share > 1 || extraShare < 0 || extraShare > share) {
            throw new IllegalArgumentException("shares must be within (0, 1], the second at most the first");
        }
        this.share = share;
        this.extraShare = extraShare;
    }

    /** Whether the problem is one this solver starts with CP-SAT: plain, with a soft limit on breaks. */
    public static boolean applies(Problem problem) {
        return problem.format() == RoundRobinStructure.Kind.PLAIN && problem.start() == null
                && problem.constraints().stream().anyMatch(c -> c instanceof BR2TotalBreaks && !c.hard());
    }

    @Override
    public String lastRun() {
        return lastRun;
    }

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        if (!applies(problem)) {
            SolveResult result = new AnnealingSolver().solve(problem, settings, progress);
            lastRun = "annealing alone (not a plain double round robin with a soft limit on breaks): "
                    + describe(result.score());
            return result;
        }
        CpSatSolver.loadNativeLibrary();
        long start = System.nanoTime();
        CpSatThenAnnealing.Best best = new CpSatThenAnnealing.Best(progress);
        List<String> steps = new ArrayList<>();
        CpSatSolver.Run found = null;
        long spent = 0;
        for (int extra = 0; extra <= 1 && found == null && !settings.stop().get(); extra++) {
            long runStart = System.nanoTime();
            // CP-SAT's share of the limit in all; one break more per team only while its first timetable is
            // due (extraShare of the limit) or once it has one
            long limit = settings.timeLimit() == null ? 0 : settings.timeLimit().toNanos();
            Duration box = settings.timeLimit() == null ? null
                    : Duration.ofNanos(Math.max(0, (long) (limit * share) - (runStart - start)));
            long firstBy = settings.timeLimit() == null || extra == 0 ? Long.MAX_VALUE
                    : runStart + (long) (limit * extraShare);
            AtomicBoolean stageOver = new AtomicBoolean();
            AtomicBoolean anyTimetable = new AtomicBoolean();
            Thread watcher = CpSatSolver.when(() -> settings.stop().get()
                            || (!anyTimetable.get() && System.nanoTime() > firstBy), 20,
                    () -> stageOver.set(true), "patterns-stage-watcher");
            CpSatSolver.Run run;
            try {
                run = new CpSatSolver(CpSatSolver.Options.fewestBreaks(extra)).run(problem,
                        new SolverSettings(box, settings.maxIterations(), settings.seed(), settings.threads(),
                                stageOver),
                        (score, elapsed) -> {
                            anyTimetable.set(true);
                            best.offer(score, elapsed.plusNanos(runStart - start));
                        });
            } finally {
                watcher.interrupt();
            }
            steps.add(String.format(Locale.ROOT, "cpsat, fewest breaks + %d: %s%s at %.1f s", extra, run.outcome(),
                    run.firstFeasible() == null ? "" : ", " + describe(run.result().score()),
                    (System.nanoTime() - start) / 1e9));
            spent += run.result().iterations();
            if (run.outcome() == CpSatSolver.Outcome.FEASIBLE || run.outcome() == CpSatSolver.Outcome.OPTIMAL) {
                found = run;
            } else if (run.outcome() != CpSatSolver.Outcome.INFEASIBLE) {
                break; // its time box ran out without a timetable: the time left is annealing's
            }
        }
        Duration left = settings.timeLimit() == null ? null
                : settings.timeLimit().minusNanos(System.nanoTime() - start);
        Problem from = found != null ? problem.startingFrom(found.result().matches()) : problem;
        long annealingStart = System.nanoTime();
        SolveResult annealing = new AnnealingSolver().solve(from,
                new SolverSettings(left, settings.maxIterations(), settings.seed(), settings.threads(),
                        settings.stop()),
                (score, elapsed) -> best.offer(score, elapsed.plusNanos(annealingStart - start)));
        SolveResult winner = found != null && found.result().score().compareTo(annealing.score()) <= 0
                ? found.result() : annealing;
        steps.add(String.format(Locale.ROOT, "annealing from %s: %s at %.1f s",
                found != null ? "CP-SAT's timetable" : "its own construction", describe(annealing.score()),
                (System.nanoTime() - start) / 1e9));
        lastRun = String.join("; ", steps);
        return new SolveResult(winner.matches(), winner.score(), Duration.ofNanos(System.nanoTime() - start),
                spent + annealing.iterations());
    }
}
