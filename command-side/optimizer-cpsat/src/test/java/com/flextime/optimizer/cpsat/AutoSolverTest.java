package com.flextime.optimizer.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.SolverSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The default solver picks by the problem's shape, and says which it picked. */
class AutoSolverTest {

    private static SolverSettings settings(Duration limit, long moves) {
        return new SolverSettings(limit, moves, 1, 2, null);
    }

    @Test
    void startsFromFewBreakPatternsWhereBreaksAreASoftRuleOfAPlainRoundRobin() {
        Problem problem = Instances.sixTeams();
        AutoSolver solver = new AutoSolver();
        SolveResult result = solver.solve(problem, settings(Duration.ofSeconds(30), 100_000), ProgressListener.NONE);

        assertThat(solver.lastRun()).startsWith("patterns: cpsat, fewest breaks + 0");
        assertThat(result.score().feasible()).as(solver.lastRun()).isTrue();
    }

    @Test
    void leavesATravellingTournamentToAnnealingWithTheWindowRepair() {
        // NL4 is not a plain round robin with a soft break limit; annealing is feasible at once, so the run is one
        // annealing phase, no repair, and reaches NL4's optimum (8,276) within seconds
        Problem problem = Problem.of(Instances.shipped("ttp", "NL4"));
        AutoSolver solver = new AutoSolver();
        SolveResult result = solver.solve(problem, settings(Duration.ofSeconds(5), 2_000_000), ProgressListener.NONE);

        assertThat(solver.lastRun()).startsWith("repair: annealing feasible").doesNotContain("window repair");
        assertThat(result.score().objective()).isEqualTo(8276);
    }
}
