package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.domain.rules.RuleViolation;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation judges the games themselves: a broken season is reported, rule by rule. */
class SeasonValidatorTest {

    @Test
    void aMissingGameBreaksGamesPerTeamAndPairMeetings() {
        SeasonGenerator.Result result = Generated.season("LAX");
        List<SeasonGenerator.Game> games = new ArrayList<>(result.games());
        games.remove(0);
        SeasonValidator.Validation v = SeasonValidator.validate(result.context(), games);
        assertThat(v.format().get("games-per-team")).isEqualTo(2);
        assertThat(v.format().get("pair-meetings")).isEqualTo(2);
        assertThat(v.hardViolations()).isPositive();
    }

    @Test
    void aSeriesGameElsewhereBreaksSeriesAtOneVenue() {
        SeasonGenerator.Result result = Generated.season("BSB");
        List<SeasonGenerator.Game> games = new ArrayList<>(result.games());
        SeasonGenerator.Game first = games.get(0);
        SeasonGenerator.Game moved = null;
        for (SeasonGenerator.Game game : games) {
            if (game.home().equals(first.home()) && game.away().equals(first.away())
                    && game.date().equals(first.date().plusDays(1))) {
                moved = game;
            }
        }
        assertThat(moved).isNotNull();
        games.set(games.indexOf(moved), new SeasonGenerator.Game(moved.date(), moved.time(), moved.home(),
                moved.away(), "somewhere-else"));
        SeasonValidator.Validation v = SeasonValidator.validate(result.context(), games);
        assertThat(v.format().get("series-at-one-venue")).isPositive();
    }

    @Test
    void theCommandSideRefusesABysSundayGame() {
        SeasonGenerator.Result result = Generated.season("GYM");
        List<SeasonGenerator.Game> games = new ArrayList<>(result.games());
        SeasonGenerator.Game byu = games.stream().filter(g -> g.home().equals("BYU")).findFirst().orElseThrow();
        int days = DayOfWeek.SUNDAY.getValue() - byu.date().getDayOfWeek().getValue();
        games.set(games.indexOf(byu), new SeasonGenerator.Game(byu.date().plusDays(days), byu.time(), byu.home(),
                byu.away(), byu.venue()));
        List<RuleViolation> violations = SeasonValidator.commandSideViolations(result.created(), games);
        assertThat(violations).extracting(RuleViolation::ruleId).contains("no-play-day");
    }

    @Test
    void aValidSeasonReportsEveryTeamWithItsTravelAndPattern() {
        SeasonGenerator.Result result = Generated.season("GYM");
        SeasonValidator.Validation v = SeasonValidator.validate(result.context(), result.games());
        assertThat(v.teams()).hasSize(7).allSatisfy(line -> {
            assertThat(line.games()).isEqualTo(6);
            assertThat(line.pattern()).hasSize(6).matches("[HA]+");
            assertThat(line.home()).isEqualTo(3);
            assertThat(line.miles()).isPositive();
        });
        assertThat(v.soft()).containsKeys("travel", "breaks", "preferred-days");
        assertThat(v.hardViolations()).isZero();
    }
}
