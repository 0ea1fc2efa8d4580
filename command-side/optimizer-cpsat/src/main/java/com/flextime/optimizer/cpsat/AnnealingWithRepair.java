package com.flextime.optimizer.cpsat;

import static com.flextime.optimizer.cpsat.CpSatThenAnnealing.describe;
import static com.flextime.optimizer.cpsat.CpSatThenAnnealing.seconds;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import com.flextime.optimizer.timetable.Match;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Simulated annealing, with CP-SAT's window repair ({@link WindowRepair}) where annealing falls short of
 * feasibility. Annealing runs as it would alone; while its best timetable has hard violations, an annealing phase
 * ends when its hard deviation has not fallen for {@link #STALL_SHARE} of the time limit (at least
 * {@link #MIN_STALL_SECONDS}), or at the latest after its time box ({@link #PHASE_SHARE} of the limit, at least
 * {@link #PHASE_SECONDS}). Then the window repair takes its best timetable for up to {@link #REPAIR_PATIENCE}
 * rounds without progress, and annealing goes on from the repaired timetable; so on until feasible or out of
 * time, except that after a repair that kept nothing annealing has the rest of the time (D85). A run that is
 * feasible early, or an instance annealing solves alone, is annealing's run unchanged. Needs a time limit; with
 * none, it is annealing alone. Not deterministic once a repair runs.
 */
public final class AnnealingWithRepair implements Solver, Benchmark.Explains {

    /** Short runs: annealing stops when it stalls, a quarter of the limit without a lower hard deviation. */
    static final double STALL_SHARE = 0.25;
    static final double MIN_STALL_SECONDS = 10;
    /**
     * Long runs: an infeasible annealing phase lasts at most a tenth of the limit, at least a minute (D76).
     * Annealing creeps on the far instances (ten-minute Early 12: 23 → 18 in 276 s before the stall rule let the
     * repair start, which then took 18 → 1 in 35 s); but it needs about a minute to reach its floor (Early 7: 34
     * left at 10 s, 8 at 60 s), so a one-minute run keeps the stall rule (measured in docs/optimizer.md).
     */
    static final double PHASE_SHARE = 0.1;
    static final double PHASE_SECONDS = 60;
    static final int REPAIR_PATIENCE = 30;

    private volatile String lastRun = "";

    @Override
    public String lastRun() {
        return lastRun;
    }

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        if (settings.timeLimit() == null) {
            return new AnnealingSolver().solve(problem, settings, progress);
        }
        long start = System.nanoTime();
        long deadline = start + settings.timeLimit().toNanos();
        long limit = settings.timeLimit().toNanos();
        long stallNanos = (long) Math.max(MIN_STALL_SECONDS * 1e9, STALL_SHARE * limit);
        long phaseNanos = (long) Math.max(PHASE_SECONDS * 1e9, PHASE_SHARE * limit);
        Progress best = new Progress(progress, start);
        List<String> phases = new ArrayList<>();
        List<Match> from = problem.start();
        SolveResult result = null;
        long iterations = 0;
        boolean repairsOver = false;
        for (int round = 0; ; round++) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || settings.stop().get()) {
                break;
            }
            AtomicBoolean phaseOver = new AtomicBoolean();
            Thread watcher = repairsOver ? watch(settings.stop(), phaseOver, best, Long.MAX_VALUE, Long.MAX_VALUE)
                    : watch(settings.stop(), phaseOver, best, stallNanos, System.nanoTime() + phaseNanos);
            SolveResult annealed;
            long phaseStart = System.nanoTime();
            try {
                annealed = new AnnealingSolver().solve(from == null ? problem : problem.startingFrom(from),
                        new SolverSettings(Duration.ofNanos(left), settings.maxIterations(), settings.seed() + round,
                                settings.threads(), phaseOver), best::offer);
            } finally {
                watcher.interrupt();
            }
            iterations += annealed.iterations();
            result = result == null || annealed.score().compareTo(result.score()) <= 0 ? annealed : result;
            phases.add(String.format(Locale.ROOT, "annealing %s in %.1f s", describe(annealed.score()),
                    seconds(System.nanoTime() - phaseStart)));
            if (annealed.score().feasible() || settings.stop().get() || System.nanoTime() >= deadline) {
                break;
            }
            // annealing stalled, or its time box is over, with hard violations left: CP-SAT re-seats windows
            CpSatSolver.loadNativeLibrary();
            long repairStart = System.nanoTime();
            WindowRepair.Result repaired = new WindowRepair(problem, settings.threads(), settings.seed() + round)
                    .repair(annealed.matches(), deadline, settings.stop(), REPAIR_PATIENCE, best::offer);
            phases.add(String.format(Locale.ROOT, "window repair %s in %.1f s (%d rounds, %d kept)",
                    describe(repaired.score()), seconds(System.nanoTime() - repairStart), repaired.rounds(),
                    repaired.improvements()));
            // rounds that keep the hard deviation but change the objective are not reported on the way
            best.offer(repaired.score());
            if (repaired.score().compareTo(result.score()) < 0) {
                result = new SolveResult(repaired.matches(), repaired.score(), Duration.ZERO, iterations);
            }
            from = repaired.matches();
            // the repair found nothing here: annealing gets the rest of the time in one phase (D85), rather than
            // more fruitless repairs and restarts that lose its temperature and its constraints' boosts
            repairsOver = repaired.improvements() == 0;
        }
        if (result == null) {
            // stopped before anything ran: annealing alone answers at once with its construction
            return new AnnealingSolver().solve(problem, settings, progress);
        }
        lastRun = String.join("; ", phases);
        return new SolveResult(result.matches(), result.score(), Duration.ofNanos(System.nanoTime() - start),
                iterations);
    }

    /**
     * Sets {@code phaseOver} when the caller stops, or, while the best has hard violations, when its hard
     * deviation has not fallen for {@code stallNanos} or the phase is past {@code phaseEnd}.
     */
    private static Thread watch(AtomicBoolean stop, AtomicBoolean phaseOver, Progress best, long stallNanos,
                                long phaseEnd) {
        best.restartStallClock();
        return CpSatSolver.when(() -> stop.get() || best.stalled(stallNanos)
                        || (System.nanoTime() > phaseEnd && best.stalled(0)), 50, () -> phaseOver.set(true),
                "annealing-phase-watcher");
    }

    /** The best score over all phases (forwarded to the listener as it improves) and when hard deviation last fell. */
    private static final class Progress {
        private final ProgressListener listener;
        private final long start;
        private Score best;
        private long lastHardGain;

        Progress(ProgressListener listener, long start) {
            this.listener = listener;
            this.start = start;
            this.lastHardGain = start;
        }

        synchronized void offer(Score score, Duration ignoredPhaseElapsed) {
            offer(score);
        }

        synchronized void offer(Score score) {
            if (best == null || score.infeasibility() < best.infeasibility()) {
                lastHardGain = System.nanoTime();
            }
            if (best == null || score.compareTo(best) < 0) {
                best = score;
                listener.improved(score, Duration.ofNanos(System.nanoTime() - start));
            }
        }

        synchronized void restartStallClock() {
            lastHardGain = System.nanoTime();
        }

        /** Whether the best so far has hard violations and its hard deviation has not fallen for {@code nanos}. */
        synchronized boolean stalled(long nanos) {
            return best != null && !best.feasible() && System.nanoTime() - lastHardGain > nanos;
        }
    }
}
