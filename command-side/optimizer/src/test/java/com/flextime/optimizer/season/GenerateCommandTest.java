package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code generate} command: CSV out, report with the hard check, exit codes. */
class GenerateCommandTest {

    @Test
    void writesTheSeasonAsCsvAndReportsZeroHardViolations(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("gym.csv");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = GenerateCommand.run(new String[] {"--sport", "gym", "--season", "2025-26", "--iterations", "20000",
                "--threads", "1", "--seed", "3", "--out", csv.toString()}, new PrintStream(buffer, true,
                StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("date,time,home,away,venue");
        assertThat(lines).hasSize(22);
        assertThat(lines.subList(1, lines.size())).isSorted()
                .allSatisfy(line -> assertThat(line)
                        .matches("2026-\\d\\d-\\d\\d,\\d\\d:\\d\\d,[A-Z]+,[A-Z]+,[a-z0-9-]+"));
        assertThat(report).contains("command side (HardRules.standard", ": 0 hard violations", "=> 0 hard violations",
                "soft score", "travel", "pattern", "total travel");
    }

    @Test
    void theSameSeedGivesTheSameSeason() {
        SeasonGenerator.Settings settings = new SeasonGenerator.Settings(Generated.NO_TIME_LIMIT, 30_000, 9, 1);
        assertThat(SeasonGenerator.generate("LAX", "2025-26", settings).games())
                .isEqualTo(SeasonGenerator.generate("LAX", "2025-26", settings).games());
    }

    @Test
    void aBadCommandLineExitsWithTwo() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        assertThat(GenerateCommand.run(new String[] {"--season", "2025-26"}, out)).isEqualTo(2);
        assertThat(GenerateCommand.run(new String[] {"--sport", "CURLING"}, out)).isEqualTo(2);
        assertThat(GenerateCommand.run(new String[] {"--sport", "WBB", "--with", "/no/such/mbb.csv"}, out)).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--sport is required", "CURLING", "usage",
                "/no/such/mbb.csv");
    }
}
