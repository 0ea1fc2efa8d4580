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
 * Simulated annealing, with CP-SAT's window repair ({@link WindowRepair}) where annealing stalls short of
 * feasibility. Annealing runs as it would alone; when its best timetable has hard violations and its hard
 * deviation has not fallen for {@link #STALL_SHARE} of the time limit (at least {@link #MIN_STALL_SECONDS}), it is
 * stopped, the window repair takes its best timetable for up to {@link #REPAIR_PATIENCE} rounds without
 * progress, and annealing goes on from the repaired timetable; so on until feasible or out of time. A run that
 * is feasible early, or an instance annealing solves alone, is annealing's run unchanged. Needs a time limit (the
 * stall is measured in time); with none, it is annealing alone. Not deterministic once a repair runs.
 */
public final class AnnealingWithRepair implements Solver, Benchmark.Explains {

    static final double STALL_SHARE = 0.25;
    static final double MIN_STALL_SECONDS = 10;
    /**
     * After a repair, annealing gets a shorter wait: from a repaired timetable it has seldom lowered the hard
     * deviation (Early 12 2 → 2 in 150 s, Early 5 64 → 64), and a ten-minute run spent half its time waiting.
     */
    static final double STALL_SHARE_AFTER_REPAIR = 0.1;
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
        long stallNanos = (long) Math.max(MIN_STALL_SECONDS * 1e9, STALL_SHARE * settings.timeLimit().toNanos());
        long stallAfterRepair = (long) Math.max(MIN_STALL_SECONDS * 1e9,
                STALL_SHARE_AFTER_REPAIR * settings.timeLimit().toNanos());
        Progress best = new Progress(progress, start);
        List<String> phases = new ArrayList<>();
        List<Match> from = problem.start();
        SolveResult result = null;
        long iterations = 0;
        for (int round = 0; ; round++) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || settings.stop().get()) {
                break;
            }
            AtomicBoolean stall = new AtomicBoolean();
            Thread watcher = watchForStall(settings.stop(), stall, best, round == 0 ? stallNanos : stallAfterRepair);
            SolveResult annealed;
            long phaseStart = System.nanoTime();
            try {
                annealed = new AnnealingSolver().solve(from == null ? problem : problem.startingFrom(from),
                        new SolverSettings(Duration.ofNanos(left), settings.maxIterations(), settings.seed() + round,
                                settings.threads(), stall), best::offer);
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
            // annealing stalled with hard violations left: CP-SAT re-seats windows of slots around them
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
        }
        if (result == null) {
            // stopped before anything ran: annealing alone answers at once with its construction
            return new AnnealingSolver().solve(problem, settings, progress);
        }
        lastRun = String.join("; ", phases);
        return new SolveResult(result.matches(), result.score(), Duration.ofNanos(System.nanoTime() - start),
                iterations);
    }

    /** Sets {@code stall} when the caller stops, or when the best hard deviation has not fallen for a while. */
    private static Thread watchForStall(AtomicBoolean stop, AtomicBoolean stall, Progress best, long stallNanos) {
        best.restartStallClock();
        Thread watcher = new Thread(() -> {
            try {
                while (!stop.get() && !best.stalled(stallNanos)) {
                    Thread.sleep(50);
                }
                stall.set(true);
            } catch (InterruptedException e) {
                // annealing ended first
            }
        }, "annealing-stall-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
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
