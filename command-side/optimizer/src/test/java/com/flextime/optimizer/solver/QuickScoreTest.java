package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search uses each constraint's allocation-free deviation (or its per-team parts); reports use the explained
 * violations. On random timetables (which break nearly everything) all must agree for every constraint.
 */
class QuickScoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"itc2021/instances/ITC2021_Early_1.xml", "itc2021/instances/ITC2021_Early_4.xml",
            "itc2021/instances/ITC2021_Early_7.xml", "itc2021/instances/ITC2021_Early_10.xml",
            "itc2021/instances/ITC2021_Early_13.xml", "ttp/instances/NL8.xml", "ttp/instances/CIRC10_Mirrored.xml",
            "ttp/instances/CON12.xml"})
    void quickDeviationEqualsTheExplainedOne(String resource) throws Exception {
        RobinxInstance instance;
        try (InputStream in = getClass().getResourceAsStream("/benchmarks/" + resource)) {
            instance = RobinxReader.readInstance(in);
        }
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            RoundRobinState state = RoundRobinState.initial(instance.teams(), random.nextBoolean(), random);
            for (int m = 0; m < 200; m++) {
                state.swapHomes(random.nextInt(instance.teams()), (1 + random.nextInt(instance.teams() - 1)
                        + 0) % instance.teams());
                state.partialSwapRounds(random.nextInt(instance.teams()), random.nextInt(state.slots),
                        random.nextInt(state.slots));
            }
            Timetable timetable = state.timetable();
            for (TimetableConstraint c : instance.constraints()) {
                long explained = c.violations(timetable).stream().mapToLong(Violation::deviation).sum();
                assertThat(c.deviation(timetable)).as(c.id() + " " + c.name()).isEqualTo(explained);
                if (c.parts() != null) {
                    long parts = 0;
                    for (int team : c.parts()) {
                        parts += c.part(timetable, team);
                    }
                    assertThat(parts).as(c.id() + " per-team parts").isEqualTo(explained);
                }
            }
        }
    }
}
