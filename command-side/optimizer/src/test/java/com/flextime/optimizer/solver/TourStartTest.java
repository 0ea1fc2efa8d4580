package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.constraints.TravelDistance;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The travelling tournament's start: the circle along a short tour, its sides annealed. */
class TourStartTest {

    @ParameterizedTest
    @ValueSource(strings = {"CIRC20", "LINE20", "NL16", "CON18_Mirrored"})
    void startsFeasibleAndShorterThanTheShuffledCircleWithItsSidesAnnealedAlike(String name) throws Exception {
        RobinxInstance instance = instance(name);
        Problem problem = Problem.of(instance);
        List<TimetableConstraint> searched = instance.constraints();
        TravelDistance travel = TourStart.travelOf(problem, searched);
        assertThat(travel).isNotNull();

        RoundRobinState along = TourStart.circle(problem, travel, 0, new Random(1));
        Score alongScore = annealSides(along, searched, problem);
        RoundRobinState shuffled = RoundRobinState.initial(problem.teams(), problem.mirrored(), new Random(1));
        Score shuffledScore = annealSides(shuffled, searched, problem);

        // what the search goes on from is exactly what the scorer says of it: every rule met, travel shorter
        Score full = Scorer.score(problem.constraints(), along.timetable());
        assertThat(full.infeasibility()).as(full.violations().toString()).isZero();
        assertThat(full.objective()).isEqualTo(alongScore.objective());
        assertThat(along.valid()).isTrue();
        assertThat(alongScore.objective()).isLessThan(shuffledScore.objective());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIRC20", "NL16"})
    void theStartIsTheBestOfItsCirclesAndExactlyScored(String name) throws Exception {
        RobinxInstance instance = instance(name);
        Problem problem = Problem.of(instance);
        List<TimetableConstraint> searched = instance.constraints().stream()
                .filter(c -> !(c instanceof com.flextime.optimizer.constraints.RoundRobinStructure)).toList();
        IncrementalScore incremental = new IncrementalScore(searched, problem.teams(), problem.slots());
        TravelDistance travel = TourStart.travelOf(problem, searched);
        TourStart.Start start = TourStart.build(problem, travel, incremental,
                s -> s.objective() + 1_000_000.0 * s.infeasibility(), new Random(4), () -> false);

        Score full = Scorer.score(problem.constraints(), start.state().timetable());
        assertThat(full.infeasibility()).isZero();
        assertThat(start.score().objective()).isEqualTo(full.objective());
    }

    @ParameterizedTest
    @ValueSource(strings = {"INCR20_Mirrored", "CIRC16_Mirrored"})
    void aMirroredInstanceStartsMirrored(String name) throws Exception {
        RobinxInstance instance = instance(name);
        Problem problem = Problem.of(instance);
        RoundRobinState along = TourStart.circle(problem, TourStart.travelOf(problem, instance.constraints()), 1,
                new Random(3));
        annealSides(along, instance.constraints(), problem);
        for (int t = 0; t < problem.teams(); t++) {
            for (int s = 0; s < along.half; s++) {
                assertThat(along.opp[t][s + along.half]).isEqualTo(along.opp[t][s]);
                assertThat(along.home[t][s + along.half]).isEqualTo(!along.home[t][s]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL14", "CIRC12", "NL4"})
    void underSixteenTeamsThereIsNoTourStart(String name) throws Exception {
        // (from 10 teams a plain travelling tournament starts from a beam search instead, D92)
        RobinxInstance instance = instance(name);
        assertThat(TourStart.travelOf(Problem.of(instance), instance.constraints())).isNull();
    }

    /** The sides annealed as the solver does, hard deviation priced far above any leg. */
    private static Score annealSides(RoundRobinState state, List<TimetableConstraint> constraints, Problem problem) {
        List<TimetableConstraint> searched = constraints.stream()
                .filter(c -> !(c instanceof com.flextime.optimizer.constraints.RoundRobinStructure)).toList();
        IncrementalScore incremental = new IncrementalScore(searched, problem.teams(), problem.slots());
        Score from = incremental.reset(state.timetable());
        double hardWeight = 100.0 * Math.max(1.0, from.objective() / (4.0 * problem.teams()));
        return TourStart.annealSides(state, incremental, from,
                s -> s.objective() + hardWeight * s.infeasibility(), new Random(2), () -> false);
    }

    private RobinxInstance instance(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/benchmarks/ttp/instances/" + name + ".xml")) {
            return RobinxReader.readInstance(in);
        }
    }
}
