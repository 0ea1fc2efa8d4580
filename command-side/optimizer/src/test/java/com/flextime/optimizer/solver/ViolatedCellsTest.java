package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.constraints.BR2TotalBreaks;
import com.flextime.optimizer.constraints.CA4GroupCapacity;
import com.flextime.optimizer.constraints.Mode;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cells a focused move starts from are those of the games and teams the violations name. */
class ViolatedCellsTest {

    /** The four-team mirrored season of RobinxConstraintsTest (team 2 HHHAAA, team 3 AAAHHH). */
    private static final Timetable SEASON = new Timetable(4, 6, List.of(
            new Match(0, 1, 0), new Match(2, 3, 0),
            new Match(2, 0, 1), new Match(1, 3, 1),
            new Match(0, 3, 2), new Match(2, 1, 2),
            new Match(1, 0, 3), new Match(3, 2, 3),
            new Match(0, 2, 4), new Match(3, 1, 4),
            new Match(3, 0, 5), new Match(1, 2, 5)));

    @Test
    void aGroupCapacityGivesBothTeamsOfEachCountedGameInItsSlot() {
        // teams 2 and 3 host three games in slots 0-2 (2-3, 2-0, 2-1), two allowed
        CA4GroupCapacity tooManyHomeGames = new CA4GroupCapacity("CA4#1", true, 1, Set.of(2, 3),
                Set.of(0, 1, 2, 3), Set.of(0, 1, 2), Mode.H, false, 0, 2);
        ViolatedCells cells = new ViolatedCells();
        cells.refresh(List.of(tooManyHomeGames), SEASON);
        assertThat(cellsOf(cells)).containsExactlyInAnyOrder("2@0", "3@0", "2@1", "0@1", "2@2", "1@2");
    }

    @Test
    void theCellsComeInOneOrderWhateverTheOrderOfTheViolationsAndTheirGames() {
        // the same two violations, listed in both orders and with their games in both orders: the search draws
        // cells by position, so only one order keeps a seed's run the same from one JVM to the next
        Named first = new Named(List.of(2, 3), List.of(0), List.of("2-3", "1-3"));
        Named second = new Named(List.of(0, 1), List.of(3), List.of("1-0", "3-2"));
        Named firstReversed = new Named(List.of(3, 2), List.of(0), List.of("1-3", "2-3"));
        ViolatedCells one = new ViolatedCells();
        one.refresh(List.of(first, second), SEASON);
        ViolatedCells other = new ViolatedCells();
        other.refresh(List.of(second, firstReversed), SEASON);
        assertThat(cellsOf(one)).isEqualTo(cellsOf(other))
                .containsExactly("0@3", "1@1", "1@3", "2@0", "2@3", "3@0", "3@1", "3@3");
    }

    @Test
    void aViolationNamingManyGamesGivesAFewOfThemADifferentFewEachRefresh() {
        // eight breaks for teams 2 and 3, six allowed: the explanation names all ten games of the two teams
        BR2TotalBreaks tooManyBreaks = new BR2TotalBreaks("BR2#1", true, 1, Set.of(0, 1, 2, 3),
                Set.of(0, 1, 2, 3, 4, 5), 6);
        ViolatedCells cells = new ViolatedCells();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> previous = List.of();
        for (int refresh = 0; refresh < 3; refresh++) {
            cells.refresh(List.of(tooManyBreaks), SEASON);
            List<String> now = cellsOf(cells);
            assertThat(now).hasSizeLessThanOrEqualTo(2 * ViolatedCells.GAMES_PER_VIOLATION).isNotEqualTo(previous);
            seen.addAll(now);
            previous = now;
        }
        // over three refreshes, every cell of the two teams' twelve games
        assertThat(seen).contains("2@0", "2@1", "2@2", "2@3", "2@4", "2@5", "3@0", "3@1", "3@2", "3@3", "3@4",
                "3@5");
    }

    @Test
    void aViolationNamingTeamsAndSlotsButNoGamesGivesThoseTeamsInThoseSlots() {
        ViolatedCells cells = new ViolatedCells();
        cells.refresh(List.of(new Named(List.of(1, 3), List.of(0, 4), List.of())), SEASON);
        assertThat(cellsOf(cells)).containsExactlyInAnyOrder("1@0", "1@4", "3@0", "3@4");
        cells.clear();
        assertThat(cells.count()).isZero();
    }

    @Test
    void aViolationNamingTooManyCellsGivesItsTeamsInAnySlot() {
        ViolatedCells cells = new ViolatedCells(3);
        cells.refresh(List.of(new Named(List.of(1, 3), List.of(0, 4), List.of())), SEASON);
        assertThat(cellsOf(cells)).containsExactlyInAnyOrder("1@any", "3@any");
    }

    @Test
    void aViolationNamingOnlyTeamsGivesThoseTeamsInAnySlot() {
        ViolatedCells cells = new ViolatedCells();
        cells.refresh(List.of(new Named(List.of(1, 3), List.of(), List.of())), SEASON);
        assertThat(cellsOf(cells)).containsExactlyInAnyOrder("1@any", "3@any");
    }

    /** A rule whose one violation names these teams, slots and games. */
    private record Named(List<Integer> teams, List<Integer> slots, List<String> games)
            implements TimetableConstraint {
        @Override
        public String id() {
            return "X#1";
        }

        @Override
        public String name() {
            return "teams " + teams + " are unhappy in slots " + slots;
        }

        @Override
        public boolean hard() {
            return true;
        }

        @Override
        public int weight() {
            return 1;
        }

        @Override
        public List<Violation> violations(Timetable timetable) {
            return List.of(new Violation(id(), name(), true, 1, 1, teams, slots, games, name()));
        }
    }

    private static List<String> cellsOf(ViolatedCells cells) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < cells.count(); i++) {
            result.add(cells.team(i) + "@" + (cells.slot(i) == ViolatedCells.ANY ? "any" : cells.slot(i)));
        }
        return result;
    }
}
