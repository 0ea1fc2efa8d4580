package com.flextime.optimizer.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.SolverSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Annealing with CP-SAT's window repair where annealing falls short of feasibility. */
class AnnealingWithRepairTest {

    @Test
    void anInstanceAnnealingSolvesAloneIsAnnealingsRunWithoutARepair() {
        AnnealingWithRepair solver = new AnnealingWithRepair();

        SolveResult result = solver.solve(Instances.sixTeams(), new SolverSettings(Duration.ofSeconds(3),
                Long.MAX_VALUE, 1, 1, null), (score, elapsed) -> { });

        assertThat(result.score().feasible()).as(solver.lastRun()).isTrue();
        assertThat(solver.lastRun()).startsWith("annealing feasible").doesNotContain("window repair");
    }

    @Test
    void whereAnnealingFallsShortTheRepairTakesOverAndTheHardDeviationOnlyFalls() {
        // Early 12: annealing alone stalls with about 20 hard violations (it stays near there for ten minutes);
        // the repair starts from annealing's best, so the run can only end lower
        Problem problem = Problem.of(Instances.itc(12));
        List<Score> reported = new ArrayList<>();
        AnnealingWithRepair solver = new AnnealingWithRepair();

        SolveResult result = solver.solve(problem, new SolverSettings(Duration.ofSeconds(40), Long.MAX_VALUE, 1, 2,
                null), (score, elapsed) -> reported.add(score));

        assertThat(solver.lastRun()).startsWith("annealing infeasibility").contains("window repair");
        assertThat(reported).isSortedAccordingTo((a, b) -> b.compareTo(a));
        // the timetable returned is the best one reported (the repair's sideways rounds must not leave it worse)
        Score last = reported.get(reported.size() - 1);
        assertThat(result.score().compareTo(last)).as(solver.lastRun() + "; last reported " + last).isZero();
        long annealed = Long.parseLong(solver.lastRun().replaceAll("^annealing infeasibility (\\d+),.*", "$1"));
        assertThat(result.score().infeasibility()).isLessThanOrEqualTo(annealed);
    }

    @Test
    void theStopFlagEndsTheRun() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread stopper = Instances.stopAfter(stop, 3000);
        long start = System.nanoTime();

        SolveResult result = new AnnealingWithRepair().solve(Problem.of(Instances.itc(4)),
                new SolverSettings(Duration.ofSeconds(60), Long.MAX_VALUE, 1, 2, stop), (score, elapsed) -> { });
        stopper.join();

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(result.matches()).hasSize(18 * 17);
    }
}
