package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.domain.conference.CampusBlackout;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.rules.HardRules;
import com.flextime.domain.rules.RuleVerdict;
import com.flextime.domain.schedule.SeasonSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Big 12 sport generates a full 2025-26 season that a conference scheduler would accept: the command side's
 * hard rules allow every game, every team plays the format's games with its home/away balance, series are three
 * games at one venue on consecutive days, BYU never plays on Sunday, and no campus hosts on its blackout dates.
 */
class SeasonGenerationTest {

    private static final ConferenceCatalog CATALOG = ConferenceCatalog.big12();

    @ParameterizedTest
    @ValueSource(strings = {"FB", "MBB", "WBB", "BSB", "SB", "SOC", "VB", "MTN", "WTN", "GYM", "WRE", "LAX"})
    void generatesAFullSeasonWithNoHardViolation(String sport) {
        SeasonGenerator.Result result = Generated.season(sport);
        SeasonFormat format = Generated.format(sport);
        List<SeasonGenerator.Game> games = result.games();
        Set<String> teams = CATALOG.participants(sport);

        // the command side accepts every game: HardRules on the SeasonSchedule folded from SeasonSetup + GameScheduled
        SeasonSchedule schedule = Generated.fold(format, games);
        RuleVerdict verdict = HardRules.standard().checkAllGames(schedule);
        assertThat(verdict.violations()).isEmpty();
        assertThat(schedule.games()).hasSize(games.size());

        // the format: games per team, home/away balance
        assertThat(games).hasSize(teams.size() * format.gamesPerTeam() / 2);
        Map<String, Integer> played = new HashMap<>();
        Map<String, Integer> hosted = new HashMap<>();
        for (SeasonGenerator.Game game : games) {
            played.merge(game.home(), 1, Integer::sum);
            played.merge(game.away(), 1, Integer::sum);
            hosted.merge(game.home(), 1, Integer::sum);
        }
        for (String team : teams) {
            assertThat(played.get(team)).as("games of %s", team).isEqualTo(format.gamesPerTeam());
            int homeMeetings = hosted.getOrDefault(team, 0) / format.seriesLength();
            int awayMeetings = format.meetingsPerTeam() - homeMeetings;
            assertThat(Math.abs(homeMeetings - awayMeetings)).as("home/away of %s", team)
                    .isLessThanOrEqualTo(format.homeAwayMaxDiff());
        }

        // real dates in the window, in date order
        assertThat(games).allSatisfy(game -> assertThat(format.window().contains(game.date())).isTrue());
        assertThat(games).isSortedAccordingTo(Comparator.comparing(SeasonGenerator.Game::date)
                .thenComparing(SeasonGenerator.Game::time));

        // BYU never on a Sunday
        assertThat(games).filteredOn(game -> game.home().equals("BYU") || game.away().equals("BYU"))
                .allSatisfy(game -> assertThat(game.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY));

        // no campus hosts on its blackout dates
        for (SeasonGenerator.Game game : games) {
            Set<LocalDate> blackouts = CATALOG.campusBlackouts(game.home()).stream().map(CampusBlackout::date)
                    .collect(Collectors.toSet());
            assertThat(blackouts).as("%s hosts %s on %s", game.home(), game.away(), game.date())
                    .doesNotContain(game.date());
        }

        // and the generator's own validation (format and Big 12 hard rules) agrees with the search
        SeasonValidator.Validation validation = SeasonValidator.validate(result.context(), games);
        assertThat(validation.format()).allSatisfy((rule, count) -> assertThat(count).as(rule).isZero());
        assertThat(validation.hardViolations()).isZero();
        assertThat(result.searchHard()).isZero();
        assertThat(validation.softScore()).isCloseTo(result.searchSoft(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BSB", "SB"})
    void seriesAreThreeGamesAtOneVenueOnConsecutiveDays(String sport) {
        List<SeasonGenerator.Game> games = Generated.season(sport).games();
        Map<String, List<SeasonGenerator.Game>> byPair = games.stream().collect(Collectors.groupingBy(
                game -> game.home().compareTo(game.away()) < 0 ? game.home() + "-" + game.away()
                        : game.away() + "-" + game.home()));
        int series = 0;
        for (List<SeasonGenerator.Game> pairGames : byPair.values()) {
            List<SeasonGenerator.Game> sorted = new ArrayList<>(pairGames);
            sorted.sort(Comparator.comparing(SeasonGenerator.Game::date));
            assertThat(sorted.size() % 3).isZero();
            for (int i = 0; i < sorted.size(); i += 3) {
                SeasonGenerator.Game first = sorted.get(i);
                for (int k = 1; k < 3; k++) {
                    SeasonGenerator.Game next = sorted.get(i + k);
                    assertThat(next.date()).isEqualTo(first.date().plusDays(k));
                    assertThat(next.venue()).isEqualTo(first.venue());
                    assertThat(next.home()).isEqualTo(first.home());
                }
                DayOfWeek opening = first.date().getDayOfWeek();
                boolean byu = first.home().equals("BYU") || first.away().equals("BYU");
                assertThat(opening).as("series %s at %s", first.away(), first.home())
                        .isIn(byu ? Set.of(DayOfWeek.THURSDAY) : Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
                series++;
            }
        }
        SeasonFormat format = Generated.format(sport);
        assertThat(series).isEqualTo(CATALOG.participants(sport).size() * format.meetingsPerTeam() / 2);
    }
}
