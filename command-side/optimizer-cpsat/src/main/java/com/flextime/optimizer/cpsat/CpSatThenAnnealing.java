package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import java.time.Duration;
import java.util.Locale;

/**
 * CP-SAT for a feasible start, simulated annealing for the rest of the time. Phase 1 runs {@link CpSatSolver}
 * (by default hard constraints only, stopping at its first timetable) for at most {@code share} of the time
 * limit; phase 2 runs {@link AnnealingSolver} from that timetable ({@link Problem#startingFrom}) until the
 * limit. Annealing keeps the best timetable it has seen, its start included, so a feasible start stays
 * feasible. The better of the two phases' timetables is returned; {@link #lastRun()} says what each produced.
 */
public final class CpSatThenAnnealing implements Solver, Benchmark.Explains {

    private final CpSatSolver.Options cpsatOptions;
    private final double share;
    private volatile String lastRun = "";

    /** CP-SAT until its first feasible timetable (at most half the time), annealing for the rest. */
    public CpSatThenAnnealing() {
        this(CpSatSolver.Options.feasibility(), 0.5);
    }

    public CpSatThenAnnealing(CpSatSolver.Options cpsatOptions, double share) {
        if (share <= 0 || share > 1) {
            throw new IllegalArgumentException("share must be in (0, 1]");
        }
        this.cpsatOptions = cpsatOptions;
        this.share = share;
    }

    /** What each phase of the last solve produced, in one line. */
    @Override
    public String lastRun() {
        return lastRun;
    }

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        CpSatSolver.loadNativeLibrary();
        long start = System.nanoTime();
        Best best = new Best(progress);
        Duration limit = settings.timeLimit();
        Duration cpsatLimit = limit == null ? null : Duration.ofNanos((long) (limit.toNanos() * share));
        SolverSettings phase1 = new SolverSettings(cpsatLimit, settings.maxIterations(), settings.seed(),
                settings.threads(), settings.stop());
        CpSatSolver.Run run = new CpSatSolver(cpsatOptions).run(problem, phase1, best::offer);
        SolveResult cpsat = run.result();
        double cpsatSeconds = seconds(System.nanoTime() - start);
        String phase1Text = String.format(Locale.ROOT, "cpsat %s%s, %s at %.1f s", run.outcome(),
                run.firstFeasible() == null ? "" : String.format(Locale.ROOT, " (first feasible at %.1f s)",
                        run.firstFeasible().toNanos() / 1e9), describe(cpsat.score()), cpsatSeconds);
        Duration left = limit == null ? null : limit.minusNanos(System.nanoTime() - start);
        if (settings.stop().get() || (left != null && left.toMillis() < 50)) {
            lastRun = phase1Text + "; annealing not run (no time left)";
            return new SolveResult(cpsat.matches(), cpsat.score(), Duration.ofNanos(System.nanoTime() - start),
                    cpsat.iterations());
        }
        boolean found = run.outcome() == CpSatSolver.Outcome.FEASIBLE || run.outcome() == CpSatSolver.Outcome.OPTIMAL;
        Problem phase2Problem = found ? problem.startingFrom(cpsat.matches()) : problem;
        long phase2Start = System.nanoTime();
        SolverSettings phase2 = new SolverSettings(left, settings.maxIterations(), settings.seed(),
                settings.threads(), settings.stop());
        SolveResult annealing = new AnnealingSolver().solve(phase2Problem, phase2,
                (score, elapsed) -> best.offer(score, elapsed.plusNanos(phase2Start - start)));
        boolean annealingBetter = annealing.score().compareTo(cpsat.score()) < 0;
        SolveResult winner = annealingBetter ? annealing : cpsat;
        lastRun = phase1Text + String.format(Locale.ROOT, "; annealing from %s: %s at %.1f s; kept %s's",
                found ? "CP-SAT's timetable" : "its own construction", describe(annealing.score()),
                seconds(System.nanoTime() - start), annealingBetter ? "annealing" : "CP-SAT");
        return new SolveResult(winner.matches(), winner.score(), Duration.ofNanos(System.nanoTime() - start),
                cpsat.iterations() + annealing.iterations());
    }

    /** A score in the words of the {@code run} line: feasible with its objective, or what is left. */
    static String describe(Score score) {
        return score.feasible() ? "feasible, objective " + score.objective()
                : "infeasibility " + score.infeasibility() + ", objective " + score.objective();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Forwards only real improvements across both phases. */
    static final class Best {
        private final ProgressListener listener;
        private Score best;

        Best(ProgressListener listener) {
            this.listener = listener;
        }

        synchronized void offer(Score score, Duration elapsed) {
            if (best == null || score.compareTo(best) < 0) {
                best = score;
                listener.improved(score, elapsed);
            }
        }
    }
}
