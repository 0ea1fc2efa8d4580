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

/**
 * The {@link Solver} port implemented with Google OR-Tools CP-SAT: the compact double round robin and every hard
 * constraint as a CP-SAT model ({@link TimetableModel}), optionally the soft constraints as a weighted objective.
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
     * What the model holds and when to stop. {@code softObjective}: the weighted soft deviations are the
     * objective (otherwise CP-SAT only looks for a timetable that meets the hard constraints). {@code
     * stopAtFirstFeasible}: stop at the first feasible timetable.
     */
    public record Options(boolean softObjective, boolean stopAtFirstFeasible) {

        /** Hard constraints only: stop at the first feasible timetable. */
        public static Options feasibility() {
            return new Options(false, true);
        }

        /** Hard constraints and the weighted soft deviations: improve until the time limit. */
        public static Options optimise() {
            return new Options(true, false);
        }
    }

    /** How a CP-SAT run ended. */
    public enum Outcome {
        /** The best timetable is proved optimal for the model (or the first feasible, when asked to stop there). */
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
     * for the best timetable (null without objective).
     */
    public record Run(SolveResult result, Outcome outcome, Duration firstFeasible, int solutions,
                      Long modelObjective, double bestBound, String statistics) {
    }

    private final Options options;
    private volatile String lastRun = "";

    public CpSatSolver() {
        this(Options.optimise());
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

    /** How the last solve ended, in one line (status, first timetable, what the model held). */
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
        TimetableModel m = new TimetableModel(problem, options.softObjective());
        if (problem.start() != null) {
            m.hint(problem.start()); // re-planning: search near the timetable as it stands
        }
        CpSolver solver = new CpSolver();
        var parameters = solver.getParameters();
        if (settings.timeLimit() != null) {
            double left = settings.timeLimit().toNanos() / 1e9 - (System.nanoTime() - start) / 1e9;
            parameters.setMaxTimeInSeconds(Math.max(0.01, left));
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

        Collector collector = new Collector(problem, m, options, progress, start);
        Thread watcher = watch(settings, solver);
        CpSolverStatus status;
        try {
            status = solver.solve(m.model, collector);
        } finally {
            watcher.interrupt();
        }
        Outcome outcome = switch (status) {
            case OPTIMAL -> Outcome.OPTIMAL;
            case FEASIBLE -> Outcome.FEASIBLE;
            case INFEASIBLE -> Outcome.INFEASIBLE;
            case MODEL_INVALID -> throw new IllegalStateException("CP-SAT refused the model: " + m.model.validate());
            default -> collector.best != null ? Outcome.FEASIBLE : Outcome.UNKNOWN;
        };
        boolean disagrees = collector.best != null && !collector.bestScore.feasible();
        if (disagrees) {
            outcome = Outcome.UNKNOWN; // the model let through what the scorer calls infeasible: a model error
        } else if (outcome == Outcome.OPTIMAL && collector.stoppedEarly) {
            outcome = Outcome.FEASIBLE;
        }
        List<Match> matches = collector.best != null ? collector.best : CircleMethod.mirrored(problem.teams());
        Score explained = Scorer.score(problem.constraints(), new Timetable(problem.teams(), problem.slots(),
                matches));
        if (collector.best == null) {
            progress.improved(explained, Duration.ofNanos(System.nanoTime() - start));
        }
        SolveResult result = new SolveResult(matches, explained, Duration.ofNanos(System.nanoTime() - start),
                collector.solutions);
        String statistics = "CP-SAT " + status + ", " + collector.solutions + " solutions, " + solver.numConflicts()
                + " conflicts, " + m.hardCount + " hard and " + m.softCount + " soft constraints modelled"
                + (m.notModelled.isEmpty() ? "" : ", not modelled: " + m.notModelled)
                + (disagrees ? ", MODEL ERROR: the scorer finds hard violations in CP-SAT's timetable" : "");
        lastRun = outcome + (collector.first == null ? "" : String.format(java.util.Locale.ROOT,
                ", first feasible at %.1f s", collector.first.toNanos() / 1e9)) + "; " + statistics;
        return new Run(result, outcome, collector.first, collector.solutions, collector.modelObjective,
                m.hasObjective() ? solver.bestObjectiveBound() : Double.NaN, statistics);
    }

    /** Calls StopSearch when the caller sets the stop flag. */
    private static Thread watch(SolverSettings settings, CpSolver solver) {
        Thread watcher = new Thread(() -> {
            try {
                while (!settings.stop().get()) {
                    Thread.sleep(20);
                }
                solver.stopSearch();
            } catch (InterruptedException e) {
                // the solve ended first
            }
        }, "cpsat-stop-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    /** Hears each timetable CP-SAT finds; keeps the best by exact score. */
    private static final class Collector extends CpSolverSolutionCallback {
        private final Problem problem;
        private final TimetableModel m;
        private final Options options;
        private final ProgressListener progress;
        private final long start;
        private List<Match> best;
        private Score bestScore;
        private Long modelObjective;
        private Duration first;
        private int solutions;
        private boolean stoppedEarly;

        Collector(Problem problem, TimetableModel m, Options options, ProgressListener progress, long start) {
            this.problem = problem;
            this.m = m;
            this.options = options;
            this.progress = progress;
            this.start = start;
        }

        @Override
        public void onSolutionCallback() {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            solutions++;
            List<Match> matches = new ArrayList<>(m.matches(v -> booleanValue(v)));
            Score score = Scorer.quickScore(problem.constraints(), new Timetable(problem.teams(), problem.slots(),
                    matches));
            if (first == null && score.feasible()) {
                first = elapsed;
            }
            if (bestScore == null || score.compareTo(bestScore) < 0) {
                best = matches;
                bestScore = score;
                modelObjective = m.hasObjective() ? Math.round(objectiveValue()) : null;
                progress.improved(score, elapsed);
            }
            if (options.stopAtFirstFeasible() && score.feasible()) {
                stoppedEarly = true;
                stopSearch();
            }
        }
    }
}
