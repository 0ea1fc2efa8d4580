package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Big 12 rules about who meets whom and the calendar rules, each checked on a generated 2025-26 season: rivals,
 * protected basketball pairs, tennis pods, wrestling divisions, team blackouts and closed dates.
 */
class PairingRulesTest {

    private static Map<String, List<SeasonGenerator.Game>> byPair(List<SeasonGenerator.Game> games) {
        Map<String, List<SeasonGenerator.Game>> pairs = new HashMap<>();
        for (SeasonGenerator.Game game : games) {
            pairs.computeIfAbsent(key(game.home(), game.away()), k -> new java.util.ArrayList<>()).add(game);
        }
        return pairs;
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    @Test
    void requiredPairsMeetInFootball() {
        Map<String, List<SeasonGenerator.Game>> pairs = byPair(Generated.season("FB").games());
        for (List<String> pair : Generated.format("FB").requiredPairs()) {
            assertThat(pairs.get(key(pair.get(0), pair.get(1)))).as("%s", pair).hasSize(1);
        }
        assertThat(Generated.format("FB").requiredPairs()).hasSize(4);
    }

    @Test
    void twicePairsMeetHomeAndAwayInBasketball() {
        for (String sport : List.of("MBB", "WBB")) {
            Map<String, List<SeasonGenerator.Game>> pairs = byPair(Generated.season(sport).games());
            assertThat(Generated.format(sport).twicePairs()).hasSize(6);
            for (List<String> pair : Generated.format(sport).twicePairs()) {
                List<SeasonGenerator.Game> games = pairs.get(key(pair.get(0), pair.get(1)));
                assertThat(games).as("%s %s", sport, pair).hasSize(2);
                assertThat(games.get(0).home()).isNotEqualTo(games.get(1).home());
            }
        }
    }

    @Test
    void requiredGroupsPlayEveryPairInside() {
        // women's tennis: all four pods fully played; wrestling: each division a full round robin, 2 cross duals each
        Map<String, List<SeasonGenerator.Game>> tennis = byPair(Generated.season("WTN").games());
        for (List<String> pair : Generated.format("WTN").requiredPairs()) {
            assertThat(tennis).as("pod pair %s", pair).containsKey(key(pair.get(0), pair.get(1)));
        }
        assertThat(Generated.format("WTN").requiredPairs()).hasSize(24);
        List<SeasonGenerator.Game> wrestling = Generated.season("WRE").games();
        Set<String> north = Set.of("ISU", "OKST", "WVU", "AFA", "MIZ", "NDSU", "UNI");
        Map<String, Integer> cross = new HashMap<>();
        Set<String> divisional = new HashSet<>();
        for (SeasonGenerator.Game game : wrestling) {
            if (north.contains(game.home()) != north.contains(game.away())) {
                cross.merge(game.home(), 1, Integer::sum);
                cross.merge(game.away(), 1, Integer::sum);
            } else {
                divisional.add(key(game.home(), game.away()));
            }
        }
        assertThat(divisional).hasSize(42);
        assertThat(cross).hasSize(14).allSatisfy((team, n) -> assertThat(n).as(team).isEqualTo(2));
    }

    @Test
    void teamBlackoutsKeepBaylorAndArizonaStateOutOfMensTennisWeekOne() {
        LocalDate from = LocalDate.parse("2026-03-12");
        LocalDate to = LocalDate.parse("2026-03-15");
        assertThat(Generated.season("MTN").games())
                .filteredOn(g -> !g.date().isBefore(from) && !g.date().isAfter(to))
                .isNotEmpty()
                .allSatisfy(g -> assertThat(Set.of(g.home(), g.away())).doesNotContain("BAY", "ASU"));
    }

    @Test
    void closedDatesHaveNoGameOnEasterSunday() {
        LocalDate easter = LocalDate.parse("2026-04-05");
        for (String sport : List.of("SB", "MTN", "WTN")) {
            assertThat(Generated.format(sport).closedDates()).contains(easter);
            assertThat(Generated.season(sport).games()).extracting(SeasonGenerator.Game::date)
                    .as(sport).doesNotContain(easter);
        }
        // softball's Easter weekend is played Thursday to Saturday
        assertThat(Generated.season("SB").games()).filteredOn(g -> g.date().equals(easter.minusDays(1)))
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.date().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
    }
}
