package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Improving a season that has games: the search starts from them, keeps locked games where they are, pays for
 * moving published ones, and the games keep their ids. Budgets in iterations, so every run is the same.
 */
class SeasonImprovementTest {

    static final String SPORT = "LAX";

    /** The generated lacrosse season as a schedule's games: ids g1.., locked and published as asked. */
    static List<SeasonGenerator.ExistingGame> existing(int lockedCount, boolean published) {
        List<SeasonGenerator.ExistingGame> games = new ArrayList<>();
        int i = 0;
        for (SeasonGenerator.Game g : Generated.season(SPORT).games()) {
            i++;
            games.add(new SeasonGenerator.ExistingGame("g" + i, g.home(), g.away(), g.date(), g.time(), g.venue(),
                    i <= lockedCount, published));
        }
        return games;
    }

    static SeasonGenerator.Improvement improve(List<SeasonGenerator.ExistingGame> games, double publishedMoveCost) {
        return SeasonGenerator.improve(Generated.season(SPORT).created(), games,
                new SeasonGenerator.Settings(Generated.NO_TIME_LIMIT, 60_000, 3, 1), new AtomicBoolean(),
                SeasonProgress.NONE, publishedMoveCost);
    }

    static Map<String, SeasonGenerator.Game> byId(SeasonGenerator.Improvement improvement) {
        Map<String, SeasonGenerator.Game> games = new HashMap<>();
        for (int i = 0; i < improvement.gameIds().size(); i++) {
            games.put(improvement.gameIds().get(i), improvement.result().games().get(i));
        }
        return games;
    }

    @Test
    void everyGameKeepsItsIdAndTheSeasonStaysFeasible() {
        List<SeasonGenerator.ExistingGame> before = existing(0, false);
        SeasonGenerator.Improvement after = improve(before, 0);
        assertThat(after.gameIds()).containsExactlyInAnyOrderElementsOf(
                before.stream().map(SeasonGenerator.ExistingGame::id).toList());
        assertThat(after.result().searchHard()).isZero();
        assertThat(SeasonValidator.validate(after.result().context(), after.result().games()).hardViolations())
                .isZero();
    }

    @Test
    void aLockedGameNeverMoves() {
        List<SeasonGenerator.ExistingGame> before = existing(4, false);
        Map<String, SeasonGenerator.Game> after = byId(improve(before, 0));
        for (SeasonGenerator.ExistingGame locked : before.subList(0, 4)) {
            SeasonGenerator.Game now = after.get(locked.id());
            assertThat(now.date()).as(locked.id()).isEqualTo(locked.date());
            assertThat(now.home()).as(locked.id()).isEqualTo(locked.home());
            assertThat(now.time()).as(locked.id()).isEqualTo(locked.time());
        }
    }

    @Test
    void publishedGamesStayWhereTheyAreWhenMovingThemCostsMoreThanItSaves() {
        SeasonGenerator.Improvement dear = improve(existing(0, true), 1_000);
        assertThat(dear.publishedGamesMoved()).isZero();
        Map<String, SeasonGenerator.Game> after = byId(dear);
        for (SeasonGenerator.ExistingGame game : existing(0, true)) {
            assertThat(after.get(game.id()).date()).isEqualTo(game.date());
        }
    }

    @Test
    void refusesAGameOffTheFormatsRoundsNamingIt() {
        List<SeasonGenerator.ExistingGame> games = new ArrayList<>(existing(0, false));
        SeasonGenerator.ExistingGame first = games.get(0);
        games.set(0, new SeasonGenerator.ExistingGame(first.id(), first.home(), first.away(),
                first.date().plusDays(3), first.time(), first.venue(), false, false));
        assertThatIllegalArgumentException().isThrownBy(() -> improve(games, 0))
                .withMessageContaining("game g1").withMessageContaining("not on a day of the LAX format's rounds");
    }
}
