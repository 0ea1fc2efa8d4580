package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Timetable;
import com.flextime.optimizer.robinx.RobinxSolution;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search uses each constraint's allocation-free deviation (or its per-team parts); reports use the explained
 * violations. On random timetables (which break nearly everything) and on the best-known ones a few swaps away
 * (which break little, where the quick forms take their shortcuts) all must agree for every constraint.
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
            agree(instance, state.timetable());
        }
    }

    static Stream<Path> itc2021BestKnown() throws IOException, URISyntaxException {
        Path dir = Path.of(QuickScoreTest.class.getResource("/benchmarks/itc2021/best_solutions").toURI());
        return Files.list(dir).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("itc2021BestKnown")
    void quickDeviationEqualsTheExplainedOneNearTheBestKnown(Path solutionFile) throws Exception {
        String name = solutionFile.getFileName().toString();
        RobinxInstance instance;
        try (InputStream in = getClass().getResourceAsStream("/benchmarks/itc2021/instances/"
                + name.substring(0, name.indexOf("_best_")) + ".xml")) {
            instance = RobinxReader.readInstance(in);
        }
        RobinxSolution best = RobinxReader.readSolution(solutionFile);
        Random random = new Random(11);
        for (int swaps = 0; swaps < 6; swaps++) {
            RoundRobinState state = RoundRobinState.of(instance.teams(), false, best.matches());
            for (int m = 0; m < swaps; m++) {
                int a = random.nextInt(instance.teams());
                state.swapHomes(a, (a + 1 + random.nextInt(instance.teams() - 1)) % instance.teams());
            }
            agree(instance, state.timetable());
        }
    }

    private static void agree(RobinxInstance instance, Timetable timetable) {
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
