package com.flextime.optimizer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import com.flextime.optimizer.timetable.Timetable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user of {@code bench} sees: the printed fields, the solution file, and clear answers to bad input. */
class BenchCommandTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void benchPrintsTheScoreAgainstTheBestKnownAndWritesASolutionThatScoresTheSame(@TempDir Path dir)
            throws Exception {
        Path solution = dir.resolve("nl4.xml");
        int exit = Benchmark.run(new String[] {"NL4", "--time", "30s", "--iterations", "20000", "--threads", "1",
                "--seed", "3", "--out", solution.toString()}, out);

        assertThat(exit).isZero();
        Map<String, String> fields = fields();
        assertThat(fields).containsKeys("instance", "feasible", "infeasibility", "objective", "best_known", "gap_pct",
                "seconds");
        assertThat(fields).containsEntry("instance", "NL4").containsEntry("feasible", "true")
                .containsEntry("best_known", "8276");
        RobinxInstance instance = Benchmark.load("NL4");
        Score rescored = Scorer.score(instance, new Timetable(instance.teams(), instance.slots(),
                RobinxReader.readSolution(solution).matches()));
        assertThat(rescored.feasible()).isTrue();
        assertThat(rescored.objective()).isEqualTo(Long.parseLong(fields.get("objective")));
        double gap = 100.0 * (rescored.objective() - 8276) / 8276;
        assertThat(Double.parseDouble(fields.get("gap_pct"))).isCloseTo(gap, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void progressPrintsEachNewBestBeforeTheResultEndingAtTheResultsScore() throws Exception {
        int exit = Benchmark.run(new String[] {"NL6", "--iterations", "200000", "--threads", "1", "--seed", "2",
                "--progress"}, out);

        assertThat(exit).isZero();
        List<String> progress = printed.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("progress")).toList();
        assertThat(progress).hasSizeGreaterThan(1);
        // each line better than the one before: fewer hard violations, or as few and a lower objective
        long[] previous = null;
        for (String line : progress) {
            String[] words = line.trim().split("\\s+");
            long[] score = {Long.parseLong(words[4]), Long.parseLong(words[6])};
            if (previous != null) {
                assertThat(score[0] < previous[0] || (score[0] == previous[0] && score[1] < previous[1]))
                        .as(line).isTrue();
            }
            previous = score;
        }
        Map<String, String> fields = fields();
        assertThat(previous[0]).isEqualTo(Long.parseLong(fields.get("infeasibility")));
        assertThat(previous[1]).isEqualTo(Long.parseLong(fields.get("objective")));
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        assertThat(Benchmark.run(new String[] {"--help"}, out)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("usage: bench <instance.xml|name>");
    }

    @Test
    void anUnknownOptionIsNamedNotTakenForAnInstance() throws Exception {
        assertThat(Benchmark.run(new String[] {"NL4", "--tme", "5s"}, out)).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("unknown option '--tme'").contains("usage:");
    }

    @Test
    void aMalformedValueIsNamedWithItsOption() throws Exception {
        assertThat(Benchmark.run(new String[] {"NL4", "--seed", "one"}, out)).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--seed").contains("'one'");
    }

    @Test
    void runsFromConsecutiveSeedsEndWithTheirMedianAndSpreadAndWriteTheBestRun(@TempDir Path dir) throws Exception {
        Path solution = dir.resolve("nl6.xml");
        int exit = Benchmark.run(new String[] {"NL6", "--iterations", "3000", "--threads", "1", "--seed", "5",
                "--runs", "3", "--out", solution.toString()}, out);

        assertThat(exit).isZero();
        String text = printed.toString(StandardCharsets.UTF_8);
        List<Long> objectives = text.lines().filter(line -> line.startsWith("objective "))
                .map(line -> Long.parseLong(line.substring("objective".length()).strip())).toList();
        assertThat(text.lines().filter(line -> line.startsWith("seed ")).map(String::strip))
                .containsExactly("seed           5", "seed           6", "seed           7");
        assertThat(objectives).hasSize(3);
        Map<String, String> fields = fields();
        assertThat(fields).containsEntry("runs", "3 (seeds 5-7)").containsEntry("feasible_runs", "3");
        assertThat(Long.parseLong(fields.get("objective_median")))
                .isEqualTo(objectives.stream().sorted().toList().get(1));
        assertThat(Long.parseLong(fields.get("at_best_known")))
                .isEqualTo(objectives.stream().filter(o -> o <= 23916).count());
        // the file holds the best run, and each run is the single run of its seed
        RobinxInstance instance = Benchmark.load("NL6");
        Score written = Scorer.score(instance, new Timetable(instance.teams(), instance.slots(),
                RobinxReader.readSolution(solution).matches()));
        assertThat(written.objective()).isEqualTo(objectives.stream().min(Long::compare).orElseThrow());
        printed.reset();
        Benchmark.run(new String[] {"NL6", "--iterations", "3000", "--threads", "1", "--seed", "6"}, out);
        assertThat(Long.parseLong(fields().get("objective"))).isEqualTo(objectives.get(1));
    }

    @Test
    void runsAreForOneInstanceAndAtLeastOne() throws Exception {
        assertThat(Benchmark.run(new String[] {"--suite", "ttp-nl", "--runs", "3"}, out)).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--runs applies to one instance");
        printed.reset();
        assertThat(Benchmark.run(new String[] {"NL4", "--runs", "0"}, out)).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--runs").contains("'0'");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(RepeatedRuns.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(RepeatedRuns.median(new double[] {7, 1, 3})).isEqualTo(3);
    }

    @Test
    void everySuiteNamesShippedInstancesWithTheirBestKnownAndAnUnknownSuiteIsRefusedByName() throws Exception {
        for (String suite : Benchmark.SUITES.keySet()) {
            for (String name : Benchmark.suite(suite)) {
                assertThat(Benchmark.load(name).teams()).as(name).isPositive();
                if (!suite.equals("itc2021-test")) { // the competition published none for its test instances
                    assertThat(BestKnown.of(name)).as(name).isPresent();
                }
            }
        }
        assertThat(Benchmark.suite("ttp-sup")).containsExactly("SUP4", "SUP6", "SUP8", "SUP10", "SUP12", "SUP14");
        assertThat(Benchmark.run(new String[] {"--suite", "ttp-galaxy", "--time", "1s"}, out)).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("unknown suite ttp-galaxy", "ttp-line");
    }

    /** The printed "name value" lines. */
    private Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : printed.toString(StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length == 2) {
                fields.put(parts[0], parts[1]);
            }
        }
        return fields;
    }
}
