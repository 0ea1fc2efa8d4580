package com.flextime.optimizer.cpsat;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.constraints.GA1FixedGames;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.constraints.TravelDistance;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxSolution;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.solver.ProgressListener;
import com.flextime.optimizer.solver.Problem;
import com.flextime.optimizer.solver.SolveResult;
import com.flextime.optimizer.solver.SolverSettings;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CP-SAT adapter: feasible where the scorer agrees, infeasibility proved, stoppable, objective exact. */
class CpSatSolverTest {

    private static SolverSettings settings(Duration limit, int threads) {
        return new SolverSettings(limit, Long.MAX_VALUE, 1, threads, null);
    }

    @Test
    void solvesASmallInstanceBuiltInCodeAndTheScorerAgrees() {
        Problem problem = Instances.sixTeams();
        List<Score> reported = new ArrayList<>();
        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.optimise()).run(problem,
                settings(Duration.ofSeconds(20), 2), (score, elapsed) -> reported.add(score));

        Score score = run.result().score();
        assertThat(score.feasible()).as(score.violations().toString()).isTrue();
        assertThat(run.outcome()).isEqualTo(CpSatSolver.Outcome.OPTIMAL);
        assertThat(run.result().matches()).contains(new Match(2, 3, 0));
        // the model's objective is the scorer's: team 2 away in slot 9 (weight 5) and the total breaks
        assertThat(run.modelObjective()).isEqualTo(score.objective());
        assertThat(reported).isNotEmpty();
        assertThat(reported.get(reported.size() - 1).compareTo(score)).isZero();
    }

    @Test
    void findsAFeasibleTimetableForAnItc2021EarlyInstance() {
        // Early 3: 16 teams, phased, 148 hard constraints (BR1, CA1, CA2, GA1); feasible in about 2-5 s here
        Problem problem = Problem.of(Instances.itc(3));
        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.feasibility()).run(problem,
                settings(Duration.ofSeconds(40), 2), ProgressListener.NONE);

        assertThat(run.result().score().feasible()).as(run.statistics()).isTrue();
        assertThat(run.firstFeasible()).isNotNull();
        Score rescored = Scorer.score(problem.constraints(),
                new Timetable(problem.teams(), problem.slots(), run.result().matches()));
        assertThat(rescored.infeasibility()).isZero();
    }

    @Test
    void keepsAMirroredFormatMirrored() {
        // a TTP instance: at most three home or away games in a row and no repeaters, hard; travel not modelled
        RobinxInstance instance = Instances.shipped("ttp", "CIRC8_Mirrored");
        Problem problem = Problem.of(instance);
        assertThat(problem.mirrored()).isTrue();
        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.feasibility()).run(problem,
                settings(Duration.ofSeconds(20), 2), ProgressListener.NONE);

        assertThat(run.result().score().feasible()).as(run.result().score().violations().toString()).isTrue();
    }

    @Test
    void reportsAnInfeasibleInstanceInsteadOfFailing() {
        Problem base = Instances.sixTeams();
        List<TimetableConstraint> constraints = new ArrayList<>(base.constraints());
        // team 0 cannot host both 1 and 2 in slot 0
        constraints.add(new GA1FixedGames("GA1#clash", true, 1, List.of(new int[] {0, 1}, new int[] {0, 2}),
                Set.of(0), 2, 2));
        Problem problem = new Problem("clash", 6, constraints, RoundRobinStructure.Kind.PLAIN, null);

        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.feasibility()).run(problem,
                settings(Duration.ofSeconds(20), 2), ProgressListener.NONE);

        assertThat(run.outcome()).isEqualTo(CpSatSolver.Outcome.INFEASIBLE);
        assertThat(run.result().score().feasible()).isFalse();
        assertThat(run.result().score().violations()).anyMatch(v -> v.constraint().equals("GA1#clash"));
        assertThat(run.result().matches()).hasSize(6 * 5);
    }

    @Test
    void stopsWhenTheStopFlagIsSet() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread stopper = Instances.stopAfter(stop, 1500);
        long start = System.nanoTime();
        // Early 1 with every soft constraint: CP-SAT would use all 60 s
        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.optimise()).run(Problem.of(Instances.itc(1)),
                new SolverSettings(Duration.ofSeconds(60), Long.MAX_VALUE, 1, 2, stop), ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        stopper.join();

        assertThat(seconds).isLessThan(15);
        assertThat(run.result().matches()).hasSize(16 * 15);
    }

    /**
     * Every soft encoding against the scorer: the best-known solution, pinned game by game, gives the model
     * exactly the objective its file claims. Early 1, 3 and 9 between them have every soft type of ITC2021.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 9})
    void theModelsObjectiveIsTheScorersOnBestKnownSolutions(int early) {
        RobinxInstance instance = Instances.itc(early);
        RobinxSolution best = Instances.bestKnown(early);
        Problem problem = Problem.of(instance).pinning(best.matches());

        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.optimise()).run(problem,
                settings(Duration.ofSeconds(30), 1), ProgressListener.NONE);

        assertThat(run.outcome()).isEqualTo(CpSatSolver.Outcome.OPTIMAL);
        assertThat(run.result().score().infeasibility()).isZero();
        assertThat(run.result().score().objective()).isEqualTo(best.claimedObjective());
        assertThat(run.modelObjective()).isEqualTo(best.claimedObjective());
    }

    /**
     * The hard encodings too, through their soft twins: with every constraint of Early 5 and Early 13 made
     * soft and an arbitrary timetable pinned, the model's objective is the scorer's total deviation × weight.
     */
    @ParameterizedTest
    @ValueSource(ints = {5, 13})
    void everyEncodingAgreesWithTheScorerOnAnArbitraryTimetable(int early) {
        RobinxInstance instance = Instances.itc(early);
        List<TimetableConstraint> softened = instance.constraints().stream().map(Instances::soft).toList();
        List<Match> circle = CircleMethod.mirrored(instance.teams());
        Problem problem = new Problem(instance.name(), instance.teams(), softened, instance.format(), null)
                .pinning(circle);

        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.optimise()).run(problem,
                settings(Duration.ofSeconds(30), 1), ProgressListener.NONE);

        Score expected = Scorer.score(softened, new Timetable(instance.teams(), instance.slots(), circle));
        assertThat(expected.infeasibility()).isZero();
        assertThat(expected.objective()).isPositive();
        assertThat(run.outcome()).isEqualTo(CpSatSolver.Outcome.OPTIMAL);
        assertThat(run.modelObjective()).isEqualTo(expected.objective());
    }

    @Test
    void aFeasibleTimetableGivenAsStartIsTheFirstSolutionOfTheModelWithObjective() {
        // the hint covers every variable (home flags, breaks, deviations), so CP-SAT takes it as it is
        Problem problem = Instances.sixTeams();
        SolveResult first = new CpSatSolver(CpSatSolver.Options.feasibility()).solve(problem,
                settings(Duration.ofSeconds(10), 1), ProgressListener.NONE);
        List<Score> reported = new ArrayList<>();

        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.optimise()).run(
                problem.startingFrom(first.matches()), settings(Duration.ofSeconds(10), 1),
                (score, elapsed) -> reported.add(score));

        assertThat(reported.get(0).feasible()).isTrue();
        assertThat(reported.get(0).objective()).isEqualTo(first.score().objective());
        assertThat(run.result().score().objective()).isLessThanOrEqualTo(first.score().objective());
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 10, 20})
    void theFallbackTimetableIsAMirroredDoubleRoundRobin(int teams) {
        List<Match> matches = CircleMethod.mirrored(teams);
        Timetable timetable = new Timetable(teams, 2 * (teams - 1), matches);
        assertThat(new RoundRobinStructure(RoundRobinStructure.Kind.MIRRORED).deviation(timetable)).isZero();
    }

    @Test
    void travelIsNotModelledButStillScored() {
        RobinxInstance instance = Instances.shipped("ttp", "NL6");
        assertThat(instance.constraints()).anyMatch(c -> c instanceof TravelDistance);
        CpSatSolver.Run run = new CpSatSolver(CpSatSolver.Options.optimise()).run(Problem.of(instance),
                settings(Duration.ofSeconds(5), 1), ProgressListener.NONE);
        assertThat(run.result().score().feasible()).isTrue();
        assertThat(run.result().score().objective()).isPositive();
        assertThat(run.statistics()).contains("not modelled: [TR");
    }
}
