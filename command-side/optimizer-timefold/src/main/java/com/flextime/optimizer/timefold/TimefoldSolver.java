package com.flextime.optimizer.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Solver} port implemented with Timefold Solver (community edition). TTSA-style model: one planning
 * entity per game (ordered pair home-away), planning variable = its slot; Timefold's default construction
 * heuristic (first fit) and default local search (late acceptance over change and swap moves); the score is our
 * own constraints' deviations ({@link ScheduleScoreCalculator}). Single-threaded: multi-threaded solving
 * ({@code moveThreadCount}) is a Timefold Enterprise feature, so {@link SolverSettings#threads()} is ignored.
 * The result is re-scored with {@link Scorer#score}, so its figures are exact and comparable with any other
 * solver's.
 */
public final class TimefoldSolver implements Solver {

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        long started = System.nanoTime();
        int slots = problem.slots();
        Map<Long, Integer> startSlots = new HashMap<>();
        if (problem.start() != null) {
            for (Match m : problem.start()) {
                startSlots.put(key(m.home(), m.away()), m.slot());
            }
        }
        List<Game> games = new ArrayList<>();
        for (int home = 0; home < problem.teams(); home++) {
            for (int away = 0; away < problem.teams(); away++) {
                if (home != away) {
                    games.add(new Game(games.size(), home, away, startSlots.get(key(home, away))));
                }
            }
        }
        Schedule schedule = new Schedule(problem.teams(), slots, problem.constraints(), games);

        TerminationConfig termination = new TerminationConfig();
        if (settings.timeLimit() != null) {
            termination.setSpentLimit(settings.timeLimit());
        }
        if (settings.maxIterations() < Long.MAX_VALUE) {
            termination.setMoveCountLimit(settings.maxIterations());
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Schedule.class)
                .withEntityClasses(Game.class)
                .withEasyScoreCalculatorClass(ScheduleScoreCalculator.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig());
        ai.timefold.solver.core.api.solver.Solver<Schedule> solver =
                SolverFactory.<Schedule>create(config).buildSolver();
        solver.addEventListener(event -> {
            HardSoftLongScore best = (HardSoftLongScore) event.getNewBestScore();
            if (event.isNewBestSolutionInitialized()) {
                progress.improved(new Score(-best.hardScore(), -best.softScore(), List.of()),
                        Duration.ofNanos(System.nanoTime() - started));
            }
        });

        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (settings.stop().get()) {
                    solver.terminateEarly();
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "timefold-stop-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Schedule best;
        try {
            best = solver.solve(schedule);
        } finally {
            watcher.interrupt();
        }
        long moves = solver instanceof DefaultSolver<Schedule> d ? d.getMoveEvaluationCount() : 0;
        List<Match> matches = best.matches();
        Score exact = Scorer.score(problem.constraints(), new Timetable(problem.teams(), slots, matches));
        return new SolveResult(matches, exact, Duration.ofNanos(System.nanoTime() - started), moves);
    }

    private static long key(int home, int away) {
        return ((long) home << 32) | away;
    }
}
