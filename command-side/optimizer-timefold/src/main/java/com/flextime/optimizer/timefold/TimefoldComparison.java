package com.flextime.optimizer.timefold;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.bench.BestKnown;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Timefold against our annealing, one thread each, same seed and time, one instance after the other:
 * {@code TimefoldComparison [--time 60s] [--seed 1] NL8 NL10 ITC2021_Early_13 ...}. Prints a markdown table.
 */
public final class TimefoldComparison {

    private TimefoldComparison() {
    }

    public static void main(String[] args) throws IOException {
        Duration time = Duration.ofSeconds(60);
        long seed = 1;
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--time" -> time = Benchmark.duration(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> instances.add(args[i]);
            }
        }
        if (instances.isEmpty()) {
            instances = List.of("NL8", "NL10", "NL12", "ITC2021_Early_13");
        }
        List<String> rows = new ArrayList<>();
        rows.add("| instance | solver | feasible | infeasibility | objective | best known | gap % | moves |");
        rows.add("|---|---|---|---|---|---|---|---|");
        for (String name : instances) {
            RobinxInstance instance = Benchmark.load(name);
            Problem problem = Problem.of(instance);
            for (Solver solver : List.of(new TimefoldSolver(), new AnnealingSolver())) {
                String solverName = solver instanceof TimefoldSolver ? "Timefold" : "annealing";
                SolverSettings settings = new SolverSettings(time, Long.MAX_VALUE, seed, 1, null);
                SolveResult result = solver.solve(problem, settings, ProgressListener.NONE);
                OptionalLong best = BestKnown.of(name);
                String gap = best.isPresent() && best.getAsLong() > 0 && result.score().feasible()
                        ? String.format(Locale.ROOT, "%.2f",
                                100.0 * (result.score().objective() - best.getAsLong()) / best.getAsLong())
                        : "—";
                String row = String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %d |", name,
                        solverName, result.score().feasible() ? "yes" : "no", result.score().infeasibility(),
                        result.score().objective(), best.isPresent() ? Long.toString(best.getAsLong()) : "—", gap,
                        result.iterations());
                System.err.println(row + "  (" + result.elapsed().toMillis() / 1000.0 + " s)");
                rows.add(row);
            }
        }
        System.out.println();
        rows.forEach(System.out::println);
    }
}
