package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.timetable.Timetable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The travelling tournament's beam search (D92): complete, feasible timetables, exactly priced. */
class TravelBeamTest {

    @ParameterizedTest
    @ValueSource(strings = {"NL8", "CIRC12", "NL12", "CON14"})
    void aBeamEndsInAFeasibleDoubleRoundRobinWhoseTravelTheScorerConfirms(String name) throws Exception {
        RobinxInstance instance = instance(name);
        Problem problem = Problem.of(instance);
        TravelBeam beam = TravelBeam.of(problem, instance.constraints());
        assertThat(beam).isNotNull();

        TravelBeam.Result result = beam.search(500, new Random(1), () -> false);

        assertThat(result).isNotNull();
        Score score = Scorer.score(instance, new Timetable(instance.teams(), instance.slots(), result.matches()));
        assertThat(score.infeasibility()).as(score.violations().toString()).isZero();
        assertThat(score.objective()).isEqualTo(result.travel());
        assertThat(result.travel()).isGreaterThanOrEqualTo(beam.lowerBound());
    }

    @Test
    void theBoundIsBelowTheBestKnownAndAWiderBeamNearsIt() throws Exception {
        // NL12's best known is 110,729 (SOURCES.md): no timetable can travel less than the bound
        RobinxInstance instance = instance("NL12");
        TravelBeam beam = TravelBeam.of(Problem.of(instance), instance.constraints());
        assertThat(beam.lowerBound()).isLessThanOrEqualTo(110_729);
        long narrow = beam.search(100, new Random(1), () -> false).travel();
        long wide = beam.search(TravelBeam.FIXED_WIDTH, new Random(1), () -> false).travel();
        assertThat(wide).isLessThan(narrow).isLessThan(Math.round(110_729 * 1.06));
    }

    @Test
    void theSameSeedAndWidthGiveTheSameTimetable() throws Exception {
        RobinxInstance instance = instance("CIRC12");
        TravelBeam beam = TravelBeam.of(Problem.of(instance), instance.constraints());
        assertThat(beam.search(300, new Random(9), () -> false).matches())
                .isEqualTo(beam.search(300, new Random(9), () -> false).matches());
    }

    @Test
    void aStoppedBeamGivesNothingAndWideningStillEndsItsFirstBeam() throws Exception {
        RobinxInstance instance = instance("NL12");
        TravelBeam beam = TravelBeam.of(Problem.of(instance), instance.constraints());
        assertThat(beam.search(100, new Random(1), () -> true)).isNull();
        List<Long> reported = new ArrayList<>();
        TravelBeam.Result first = beam.widening(1, new Random(1), () -> false, r -> reported.add(r.travel()));
        assertThat(first).isNotNull();
        assertThat(reported).containsExactly(first.travel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIRC12_Mirrored", "CIRC18", "ITC2021_Test1"})
    void onlyPlainTravellingTournamentsOfAtMostSixteenTeamsAreBeamed(String name) throws Exception {
        RobinxInstance instance = name.startsWith("ITC") ? instance("/benchmarks/itc2021/instances/", name)
                : instance(name);
        assertThat(TravelBeam.of(Problem.of(instance), instance.constraints())).isNull();
    }

    private RobinxInstance instance(String name) throws Exception {
        return instance("/benchmarks/ttp/instances/", name);
    }

    private RobinxInstance instance(String dir, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(dir + name + ".xml")) {
            return RobinxReader.readInstance(in);
        }
    }
}
