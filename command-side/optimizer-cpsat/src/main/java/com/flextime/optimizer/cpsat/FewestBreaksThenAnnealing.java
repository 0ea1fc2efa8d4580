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

/**
 * Home/away patterns first, where breaks matter (decisions D81). For a plain double round robin with a soft limit
 * on breaks (BR2), CP-SAT looks for a timetable meeting every hard rule in which each team has the fewest breaks
 * its own rules allow, at least one ({@link BreakPatterns}: n − 2 breaks in all when no team's rules force more,
 * the fewest a double round robin can have), then lowers the soft rules' penalty within those patterns, for at
 * most half the time limit; when such a timetable is proved impossible (often within a second), the same with one
 * break more per team, for a tenth. Annealing goes on from CP-SAT's timetable for the rest of the time, or from
 * its own construction when CP-SAT found none. Annealing alone rarely lowers the break count: a move that changes
 * one team's pattern changes its opponents' too, so from a random start it stops hundreds of breaks above the
 * fewest (ITC2021 Early 14: 440 of an objective of 458 was breaks). Any other problem is annealing's alone.
 */
public final class FewestBreaksThenAnnealing implements Solver, Benchmark.Explains {

    /** CP-SAT's share of the time limit, for the fewest breaks. */
    private final double share;
    /** The share for one break more per team, only when the fewest is proved impossible. */
    private final double extraShare;
    private volatile String lastRun = "";

    public FewestBreaksThenAnnealing() {
        this(0.5, 0.1);
    }

    public FewestBreaksThenAnnealing(double share, double extraShare) {
        if (share <= 0 || extraShare < 0 || share + extraShare > 1) {
            throw new IllegalArgumentException("shares must be positive and add up to at most 1");
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
            double boxShare = extra == 0 ? share : extraShare;
            Duration box = settings.timeLimit() == null ? null
                    : Duration.ofNanos((long) (settings.timeLimit().toNanos() * boxShare));
            long runStart = System.nanoTime();
            CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.fewestBreaks(extra)).run(problem,
                    new SolverSettings(box, settings.maxIterations(), settings.seed(), settings.threads(),
                            settings.stop()),
                    (score, elapsed) -> best.offer(score, elapsed.plusNanos(runStart - start)));
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
