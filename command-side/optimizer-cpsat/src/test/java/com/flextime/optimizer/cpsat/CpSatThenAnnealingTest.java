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

/** CP-SAT's feasible timetable handed to annealing: feasibility is kept, the objective only improves. */
class CpSatThenAnnealingTest {

    @Test
    void keepsCpSatsFeasibleTimetableFeasibleAndImprovesIt() {
        // NL8: CP-SAT meets the hard rules (at most three in a row, no repeaters) at once but ignores travel;
        // annealing, started from CP-SAT's timetable, must cut the travel without breaking a hard rule
        Problem problem = Problem.of(Instances.shipped("ttp", "NL8"));
        List<Score> reported = new ArrayList<>();
        CpSatThenAnnealing hybrid = new CpSatThenAnnealing(CpSatSolver.Options.feasibility(), 0.5);

        SolveResult result = hybrid.solve(problem, new SolverSettings(Duration.ofSeconds(6), Long.MAX_VALUE, 1, 2,
                null), (score, elapsed) -> reported.add(score));

        assertThat(result.score().feasible()).as(hybrid.lastRun()).isTrue();
        assertThat(hybrid.lastRun()).contains("cpsat FEASIBLE").contains("annealing from CP-SAT's timetable")
                .contains("kept annealing's");
        // every report improves on the one before; the first is CP-SAT's, already feasible
        assertThat(reported).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(reported.get(0).feasible()).isTrue();
        assertThat(reported).allMatch(Score::feasible);
        assertThat(result.score().objective()).isLessThan(reported.get(0).objective());
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theStopFlagEndsTheCpSatPhaseAndAnnealingIsNotStarted() throws Exception {
        // Early 1: CP-SAT finds no feasible timetable in seconds; the stop flag ends it, and nothing runs after
        Problem problem = Problem.of(Instances.itc(1));
        AtomicBoolean stop = new AtomicBoolean();
        CpSatThenAnnealing hybrid = new CpSatThenAnnealing();
        Thread stopper = Instances.stopAfter(stop, 3000);
        long start = System.nanoTime();

        SolveResult result = hybrid.solve(problem, new SolverSettings(Duration.ofSeconds(60), Long.MAX_VALUE, 1, 2,
                stop), (score, elapsed) -> { });
        stopper.join();

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(12);
        assertThat(hybrid.lastRun()).contains("annealing not run");
        assertThat(result.matches()).hasSize(16 * 15);
    }

    @Test
    void solvesTheSmallInstanceAndKeepsItFeasible() {
        Problem problem = Instances.sixTeams();
        CpSatThenAnnealing hybrid = new CpSatThenAnnealing();

        SolveResult result = hybrid.solve(problem, new SolverSettings(Duration.ofSeconds(3), Long.MAX_VALUE, 1, 1,
                null), (score, elapsed) -> { });

        assertThat(result.score().feasible()).as(hybrid.lastRun()).isTrue();
        assertThat(hybrid.lastRun()).contains("kept");
    }
}
