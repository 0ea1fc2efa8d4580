package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The {@link Solver} port implemented with Google OR-Tools CP-SAT: the compact double round robin and every hard
 * constraint as a CP-SAT model ({@link TimetableModel}), optionally the soft constraints as a weighted objective.
 * By default in two stages: the hard constraints alone until the first feasible timetable (the objective makes
 * CP-SAT's presolve and search much slower to find one: ITC2021 Early 3 feasible in 2-8 s without it, not in
 * 20 s with it), then the model with the objective, started from that timetable (a solution hint).
 *
 * <p>Settings: the time limit is CP-SAT's {@code max_time_in_seconds}, {@code threads} its {@code num_workers},
 * the seed its {@code random_seed}; the stop flag is watched by a thread that calls {@code StopSearch}. The
 * iteration budget does not apply. Each new timetable CP-SAT finds is scored by the {@link Scorer}; the listener
 * hears each one that improves the exact score, and the result is re-scored with every violation explained, so
 * its figures are the same as every other solver's.
 *
 * <p><b>Not deterministic</b> with more than one worker: CP-SAT's workers share solutions and bounds as they
 * go, so the same seed can give different timetables (with one worker and no time limit it is repeatable).
 *
 * <p>When CP-SAT finds no timetable (proved infeasible, or out of time), the result is a plain circle-method
 * timetable scored as usual, so the caller sees how infeasible it is; {@link #run} says which case it was.
 *
 * <p>For tuning: {@code -Dflextime.cpsat.log=true} prints CP-SAT's search log, and {@code
 * -Dflextime.cpsat.parameters='...'} merges extra CP-SAT parameters in protobuf text format (for example
 * {@code 'num_workers:8 repair_hint:true'}).
 */
public final class CpSatSolver implements Solver, Benchmark.Explains {

    /**
     * What the model holds and when to stop. {@code hardFirst}: first solve the hard constraints alone, until
     * the first feasible timetable. {@code softObjective}: then (or from the start, without {@code hardFirst})
     * minimise the weighted soft deviations. {@code stopAtFirstFeasible}: stop at the first feasible timetable.
     * {@code extraBreaks}: each team's home/away pattern has at most this many breaks more than the fewest its own
     * hard rules allow, at least one ({@link BreakPatterns}); {@link #ANY_BREAKS}: no such rule.
     */
    public record Options(boolean hardFirst, boolean softObjective, boolean stopAtFirstFeasible, int extraBreaks) {

        public static final int ANY_BREAKS = -1;

        public Options(boolean hardFirst, boolean softObjective, boolean stopAtFirstFeasible) {
            this(hardFirst, softObjective, stopAtFirstFeasible, ANY_BREAKS);
        }

        /** Hard constraints only: stop at the first feasible timetable. */
        public static Options feasibility() {
            return new Options(true, false, true);
        }

        /**
         * Each team's pattern with at most {@code extra} breaks more than the fewest its own rules allow, as a hard
         * rule: the hard constraints first, then the weighted soft deviations from that timetable, until the time
         * limit (with {@code extra} 0 and no team's rules forcing more, a plain double round robin with n − 2
         * breaks in all, the fewest there are).
         */
        public static Options fewestBreaks(int extra) {
            return new Options(true, true, false, extra);
        }

        /** Hard constraints first, then the weighted soft deviations from that timetable, until the time limit. */
        public static Options hardThenSoft() {
            return new Options(true, true, false);
        }

        /** One model with the hard constraints and the weighted soft deviations, until the time limit. */
        public static Options optimise() {
            return new Options(false, true, false);
        }
    }

    /** How a CP-SAT run ended. */
    public enum Outcome {
        /** The best timetable is proved optimal for the model (without objective: a feasible one was found). */
        OPTIMAL,
        /** A feasible timetable, not proved optimal. */
        FEASIBLE,
        /** CP-SAT proved that no timetable meets the hard constraints. */
        INFEASIBLE,
        /** No timetable in the time given (or stopped before one). */
        UNKNOWN
    }

    /**
     * One run: the result as the port returns it, plus what CP-SAT says about it. {@code firstFeasible}: when the
     * first timetable without hard violations came (null if none); {@code modelObjective}: the model's objective
     * for the best timetable (null when no stage with an objective found it).
     */
    public record Run(SolveResult result, Outcome outcome, Duration firstFeasible, int solutions,
                      Long modelObjective, double bestBound, String statistics) {
    }

    private final Options options;
    private volatile String lastRun = "";

    /** Hard constraints first, then the soft objective ({@link Options#hardThenSoft()}). */
    public CpSatSolver() {
        this(Options.hardThenSoft());
    }

    public CpSatSolver(Options options) {
        this.options = options;
    }

    private static boolean loaded;

    /** Loads OR-Tools' native library once (extracted from the platform jar to a temporary folder). */
    public static synchronized void loadNativeLibrary() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** How the last solve ended, in one line (status, first feasible timetable, what the model held). */
    @Override
    public String lastRun() {
        return lastRun;
    }

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        return run(problem, settings, progress).result();
    }

    public Run run(Problem problem, SolverSettings settings, ProgressListener progress) {
        loadNativeLibrary(); // once per process (1.5-2 s here, unpacking 26 MB); not charged to the time limit
        long start = System.nanoTime();
        long deadline = settings.timeLimit() == null ? Long.MAX_VALUE : start + settings.timeLimit().toNanos();
        Best best = new Best(problem, progress, start);
        List<String> stages = new ArrayList<>();
        boolean twoStages = options.hardFirst() && options.softObjective();
        Stage stage = stage(problem, !options.hardFirst() && options.softObjective(),
                options.stopAtFirstFeasible() || twoStages, problem.start(), deadline, settings, best, stages);
        Stage last = stage;
        if (twoStages && best.feasible() && !settings.stop().get() && deadline - System.nanoTime() > 500_000_000L) {
            last = stage(problem, true, false, best.matches, deadline, settings, best, stages);
        }
        Outcome outcome = !best.feasible() ? (stage.status == CpSolverStatus.INFEASIBLE ? Outcome.INFEASIBLE
                : Outcome.UNKNOWN)
                : last.status == CpSolverStatus.OPTIMAL && last.hasObjective ? Outcome.OPTIMAL
                : last.status == CpSolverStatus.OPTIMAL && !twoStages && !options.stopAtFirstFeasible()
                        ? Outcome.OPTIMAL : Outcome.FEASIBLE;
        if (best.modelError) {
            stages.add("MODEL ERROR: the scorer finds hard violations in a timetable CP-SAT calls feasible");
        }
        List<Match> matches = best.matches != null ? best.matches : CircleMethod.mirrored(problem.teams());
        Score explained = Scorer.score(problem.constraints(), new Timetable(problem.teams(), problem.slots(),
                matches));
        if (best.matches == null) {
            progress.improved(explained, Duration.ofNanos(System.nanoTime() - start));
        }
        SolveResult result = new SolveResult(matches, explained, Duration.ofNanos(System.nanoTime() - start),
                best.solutions);
        String statistics = String.join("; ", stages);
        lastRun = outcome + (best.first == null ? "" : String.format(Locale.ROOT, ", first feasible at %.1f s",
                best.first.toNanos() / 1e9)) + "; " + statistics;
        return new Run(result, outcome, best.first, best.solutions, best.modelObjective,
                last.hasObjective ? last.bound : Double.NaN, statistics);
    }

    /** One CP-SAT solve. */
    private record Stage(CpSolverStatus status, boolean hasObjective, double bound) {
    }

    private Stage stage(Problem problem, boolean softObjective, boolean stopAtFirstFeasible, List<Match> hint,
                        long deadline, SolverSettings settings, Best best, List<String> stages) {
        long stageStart = System.nanoTime();
        TimetableModel m = new TimetableModel(problem, softObjective);
        if (options.extraBreaks() != Options.ANY_BREAKS) {
            m.limitBreaksPerTeam(problem, options.extraBreaks());
        }
        if (hint != null) {
            m.hint(hint); // re-planning, or the second stage: search from this timetable
        }
        CpSolver solver = new CpSolver();
        var parameters = solver.getParameters();
        if (deadline != Long.MAX_VALUE) {
            parameters.setMaxTimeInSeconds(Math.max(0.01, (deadline - System.nanoTime()) / 1e9));
        }
        parameters.setNumWorkers(Math.max(1, settings.threads()));
        parameters.setRandomSeed((int) settings.seed());
        parameters.setLogSearchProgress(Boolean.getBoolean("flextime.cpsat.log"));
        String extra = System.getProperty("flextime.cpsat.parameters");
        if (extra != null) {
            try {
                com.google.protobuf.TextFormat.merge(extra, parameters);
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException("flextime.cpsat.parameters: " + e.getMessage(), e);
            }
        }
        Collector collector = new Collector(m, best, stopAtFirstFeasible);
        Thread watcher = watch(settings.stop(), solver);
        CpSolverStatus status;
        try {
            status = solver.solve(m.model, collector);
        } finally {
            watcher.interrupt();
        }
        if (status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("CP-SAT refused the model: " + m.model.validate());
        }
        String modelled = (softObjective ? "hard+soft model" : "hard model") + (options.extraBreaks()
                == Options.ANY_BREAKS ? "" : " with the fewest breaks per team + " + options.extraBreaks());
        stages.add(String.format(Locale.ROOT, "%s: %s in %.1f s, %d solutions, %d conflicts, %d hard%s constraints",
                modelled, status, (System.nanoTime() - stageStart) / 1e9,
                collector.solutions, solver.numConflicts(), m.hardCount,
                softObjective ? " and " + m.softCount + " soft" : "")
                + (m.notModelled.isEmpty() ? "" : ", not modelled: " + m.notModelled));
        return new Stage(status, m.hasObjective(), m.hasObjective() ? solver.bestObjectiveBound() : Double.NaN);
    }

    /** Calls StopSearch when the caller sets the stop flag (started; interrupt it when the solve ends). */
    static Thread watch(AtomicBoolean stop, CpSolver solver) {
        return when(stop::get, 20, solver::stopSearch, "cpsat-stop-watcher");
    }

    /**
     * A daemon thread that polls {@code condition} every {@code millis} and runs {@code then} once it holds;
     * interrupting it (when the watched work ends first) ends it without running {@code then}.
     */
    static Thread when(BooleanSupplier condition, long millis, Runnable then, String name) {
        Thread watcher = new Thread(() -> {
            try {
                while (!condition.getAsBoolean()) {
                    Thread.sleep(millis);
                }
                then.run();
            } catch (InterruptedException e) {
                // the watched work ended first
            }
        }, name);
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    /** The best timetable over the stages, by exact score; the listener hears each improvement. */
    private static final class Best {
        private final Problem problem;
        private final ProgressListener progress;
        private final long start;
        private List<Match> matches;
        private Score score;
        private Long modelObjective;
        private Duration first;
        private int solutions;
        private boolean modelError;

        Best(Problem problem, ProgressListener progress, long start) {
            this.problem = problem;
            this.progress = progress;
            this.start = start;
        }

        boolean feasible() {
            return score != null && score.feasible();
        }

        /** Scores a timetable CP-SAT found (hard-feasible by the model); true when it is feasible. */
        boolean offer(List<Match> candidate, Long objective) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            solutions++;
            Score candidateScore = Scorer.quickScore(problem.constraints(),
                    new Timetable(problem.teams(), problem.slots(), candidate));
            modelError |= !candidateScore.feasible();
            if (first == null && candidateScore.feasible()) {
                first = elapsed;
            }
            if (score == null || candidateScore.compareTo(score) < 0) {
                matches = candidate;
                score = candidateScore;
                modelObjective = objective;
                progress.improved(candidateScore, elapsed);
            }
            return candidateScore.feasible();
        }
    }

    /** Hears each timetable CP-SAT finds and hands it to {@link Best}. */
    private static final class Collector extends CpSolverSolutionCallback {
        private final TimetableModel m;
        private final Best best;
        private final boolean stopAtFirstFeasible;
        private int solutions;

        Collector(TimetableModel m, Best best, boolean stopAtFirstFeasible) {
            this.m = m;
            this.best = best;
            this.stopAtFirstFeasible = stopAtFirstFeasible;
        }

        @Override
        public void onSolutionCallback() {
            solutions++;
            List<Match> matches = new ArrayList<>(m.matches(v -> booleanValue(v)));
            boolean feasible = best.offer(matches, m.hasObjective() ? Math.round(objectiveValue()) : null);
            if (stopAtFirstFeasible && feasible) {
                stopSearch();
            }
        }
    }
}
