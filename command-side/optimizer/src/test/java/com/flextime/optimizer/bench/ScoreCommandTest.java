package com.flextime.optimizer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.robinx.RobinxWriter;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reviewer reads from {@code score}: the exact score, the sums per constraint type, every hard violation. */
class ScoreCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void aBestKnownSolutionScoresItsFileNameWithTheObjectiveSplitByConstraintType() throws Exception {
        Path best = Path.of(getClass().getResource("/benchmarks/itc2021/best_solutions/ITC2021_Early_3_best_934.xml").toURI());

        assertThat(ScoreCommand.run(new String[] {"ITC2021_Early_3", best.toString()}, out)).isZero();

        String text = text();
        assertThat(text).contains("feasible       true").contains("infeasibility  0").contains("objective      934");
        long tableSum = Arrays.stream(text.split("\n")).filter(l -> l.matches("\\| [A-Z]+\\d? \\| no \\|.*"))
                .mapToLong(l -> Long.parseLong(l.split("\\|")[5].strip())).sum();
        assertThat(tableSum).as("the types' penalties add up to the objective").isEqualTo(934);
        assertThat(text).doesNotContain("\nhard ").doesNotContain("\nsoft ");
    }

    @Test
    void everyHardViolationOfABrokenTimetableIsExplained(@TempDir Path dir) throws Exception {
        RobinxInstance instance = Benchmark.load("ITC2021_Early_3");
        Path bestFile = Path.of(getClass().getResource("/benchmarks/itc2021/best_solutions/ITC2021_Early_3_best_934.xml").toURI());
        // the games of slots 0 and 1 trade places: still a round robin, but fixed games and capacities break
        List<Match> swapped = RobinxReader.readSolution(bestFile).matches().stream()
                .map(m -> m.slot() > 1 ? m : new Match(m.home(), m.away(), 1 - m.slot())).toList();
        Score expected = Scorer.score(instance, new Timetable(instance.teams(), instance.slots(), swapped));
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, RobinxWriter.solution(instance.name(), "broken", swapped, expected));

        assertThat(ScoreCommand.run(new String[] {"ITC2021_Early_3", broken.toString()}, out)).isZero();

        String text = text();
        assertThat(expected.feasible()).isFalse();
        assertThat(text).contains("feasible       false").contains("infeasibility  " + expected.infeasibility());
        long hardLines = Arrays.stream(text.split("\n")).filter(l -> l.startsWith("hard ")).count();
        assertThat(hardLines).isEqualTo(expected.violations().stream().filter(Violation::hard).count());
        for (Violation v : expected.violations()) {
            if (v.hard()) {
                assertThat(text).contains("hard " + v.constraint() + " (" + v.name() + "): deviation " + v.deviation());
            }
        }
    }

    @Test
    void aMissingSolutionFileIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ScoreCommand.run(new String[] {"ITC2021_Early_3", "nowhere.xml"}, out))
                .hasMessageContaining("nowhere.xml");
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
