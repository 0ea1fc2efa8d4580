package com.flextime.optimizer.cpsat;

import com.flextime.optimizer.bench.Benchmark;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.Solver;
import com.flextime.optimizer.solver.SolverSettings;

/**
 * The solver chosen by the problem's shape, so one command does what the measurements say is best for it
 * (decisions D85): where breaks are a soft rule of a plain double round robin, home/away patterns first
 * ({@link FewestBreaksThenAnnealing}: ITC2021 Early 14 ends ten minutes at 8 against annealing's 234); anything
 * else, annealing with CP-SAT's window repair where annealing stalls short of feasibility
 * ({@link AnnealingWithRepair}: Early 12 feasible within ten minutes, annealing alone 12 short). A problem that
 * annealing makes feasible on its own, the travelling tournament among them, gets annealing's run unchanged.
 */
public final class AutoSolver implements Solver, Benchmark.Explains {

    /** The solver the last problem went to, and under which name. */
    private volatile Benchmark.Explains chosen;
    private volatile String chosenName = "";

    @Override
    public String lastRun() {
        Benchmark.Explains last = chosen;
        String run = last == null ? "" : last.lastRun();
        return run.isBlank() ? chosenName : chosenName + ": " + run;
    }

    @Override
    public SolveResult solve(Problem problem, SolverSettings settings, ProgressListener progress) {
        if (FewestBreaksThenAnnealing.applies(problem)) {
            return solveWith("patterns", new FewestBreaksThenAnnealing(), problem, settings, progress);
        }
        return solveWith("repair", new AnnealingWithRepair(), problem, settings, progress);
    }

    private <S extends Solver & Benchmark.Explains> SolveResult solveWith(String name, S solver, Problem problem,
                                                                         SolverSettings settings,
                                                                         ProgressListener progress) {
        chosenName = name;
        chosen = solver;
        return solver.solve(problem, settings, progress);
    }
}
