package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2025-26 season data: every sport's format, rounds on real dates, its rules, and the final-exam days. */
class SeasonFormatsTest {

    @Test
    void everySportHasAFormatWithItsRounds() {
        SeasonFormats formats = SeasonFormats.of("2025-26");
        assertThat(formats.sports()).containsExactly("FB", "MBB", "WBB", "BSB", "SB", "SOC", "VB", "MTN", "WTN",
                "GYM", "WRE", "LAX");
        Map<String, Integer> rounds = Map.ofEntries(Map.entry("FB", 11), Map.entry("MBB", 20), Map.entry("WBB", 19),
                Map.entry("BSB", 10), Map.entry("SB", 9), Map.entry("SOC", 11), Map.entry("VB", 20),
                Map.entry("MTN", 5), Map.entry("WTN", 7), Map.entry("GYM", 7), Map.entry("WRE", 9),
                Map.entry("LAX", 5));
        Map<String, Integer> games = Map.ofEntries(Map.entry("FB", 9), Map.entry("MBB", 20), Map.entry("WBB", 18),
                Map.entry("BSB", 30), Map.entry("SB", 24), Map.entry("SOC", 11), Map.entry("VB", 18),
                Map.entry("MTN", 8), Map.entry("WTN", 13), Map.entry("GYM", 6), Map.entry("WRE", 8),
                Map.entry("LAX", 5));
        for (String sport : formats.sports()) {
            SeasonFormat format = formats.format(sport).orElseThrow();
            assertThat(format.rounds()).as(sport).hasSize(rounds.get(sport));
            assertThat(format.gamesPerTeam()).as(sport).isEqualTo(games.get(sport));
            for (List<LocalDate> round : format.rounds()) {
                assertThat(round).isNotEmpty().allSatisfy(date -> {
                    assertThat(format.window().contains(date)).isTrue();
                    assertThat(format.gameDays()).contains(date.getDayOfWeek());
                    assertThat(format.closedDates()).doesNotContain(date);
                });
            }
        }
    }

    @Test
    void rulesAreDataWithKindAndWeight() {
        SeasonFormat mbb = SeasonFormats.of("2025-26").format("MBB").orElseThrow();
        assertThat(mbb.rule("max-consecutive-away")).hasValueSatisfying(r -> {
            assertThat(r.hard()).isTrue();
            assertThat(r.param()).isEqualTo("2");
        });
        assertThat(mbb.rule("travel")).hasValueSatisfying(r -> {
            assertThat(r.hard()).isFalse();
            assertThat(r.weight()).isEqualTo(0.7);
        });
        assertThat(SeasonRules.of(mbb)).extracting(u -> u.rule().id()).startsWith("available-dates",
                "team-one-game-per-day", "venue-one-game-at-a-time", "games-per-round", "home-away-balance");
    }

    @Test
    void finalExamDaysAreShippedForTheSixteenMembers() {
        SeasonFormats formats = SeasonFormats.of("2025-26");
        for (String school : List.of("ARIZ", "ASU", "BAY", "BYU", "UCF", "CIN", "COLO", "HOU", "ISU", "KU", "KSU",
                "OKST", "TCU", "TTU", "UTAH", "WVU")) {
            assertThat(formats.examDays(school)).as(school).isNotEmpty();
        }
        assertThat(formats.examDays("TTU")).contains(LocalDate.parse("2026-05-08"), LocalDate.parse("2025-12-05"));
        assertThat(formats.examDays("DEN")).isEmpty();
    }

    @Test
    void anUnknownSeasonIsRefused() {
        assertThatThrownBy(() -> SeasonFormats.of("2030-31")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030-31");
    }
}
