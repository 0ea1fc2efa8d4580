package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.solver.AnnealingSolver;
import com.flextime.optimizer.solver.Solver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The solvers by the names the command line uses ({@code bench --solver NAME}). */
public final class Solvers {

    /**
     * Chosen by the problem's shape ({@link AutoSolver}, decisions D85): patterns first where breaks are a soft
     * rule of a plain double round robin, otherwise annealing with the window repair. Until D85 it was annealing alone
     * (chosen at 60 s on ITC2021 Early: annealing 6 of 15 feasible, hybrid 5, cpsat 4), which left the instances
     * that need the repair or the patterns to a flag the user had to know of.
     */
    public static final String BENCH_DEFAULT = "auto";

    private Solvers() {
    }

    /**
     * auto (the default: patterns where they apply, otherwise repair); annealing; cpsat (hard constraints, then
     * the soft objective from there); hybrid (CP-SAT's first feasible timetable, then annealing); repair
     * (annealing, with CP-SAT's window repair where it falls short of feasibility); patterns (where breaks are a
     * soft rule of a plain double round robin, CP-SAT's timetable with at most one break per team, then
     * annealing).
     */
    public static Map<String, Supplier<Solver>> byName() {
        Map<String, Supplier<Solver>> solvers = new LinkedHashMap<>();
        solvers.put("auto", AutoSolver::new);
        solvers.put("annealing", AnnealingSolver::new);
        solvers.put("cpsat", () -> new CpSatSolver(CpSatSolver.Options.hardThenSoft()));
        solvers.put("hybrid", CpSatThenAnnealing::new);
        solvers.put("repair", AnnealingWithRepair::new);
        solvers.put("patterns", FewestBreaksThenAnnealing::new);
        return solvers;
    }
}
