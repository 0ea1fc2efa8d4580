package com.flextime.optimizer.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.score.Violation;
import com.flextime.optimizer.timetable.Match;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One focused test per round-robin constraint of the catalogue (docs/constraints.md), on a hand-made mirrored
 * double round robin of four teams whose counts can be checked by eye:
 *
 * <pre>
 * slot   0     1     2     3     4     5
 *       0-1   2-0   0-3   1-0   0-2   3-0
 *       2-3   1-3   2-1   3-2   3-1   1-2
 * home pattern: team 0 HAHAHA, team 1 AHAHAH, team 2 HHHAAA, team 3 AAAHHH
 * </pre>
 *
 * Each test asserts the deviation a scheduler would count, the penalty (deviation × weight) and what the
 * explanation names: the teams, slots and games at fault.
 */
class RobinxConstraintsTest {

    private static final Set<Integer> ALL_TEAMS = Set.of(0, 1, 2, 3);
    private static final Set<Integer> ALL_SLOTS = Set.of(0, 1, 2, 3, 4, 5);

    private static final List<Match> SEASON = List.of(
            new Match(0, 1, 0), new Match(2, 3, 0),
            new Match(2, 0, 1), new Match(1, 3, 1),
            new Match(0, 3, 2), new Match(2, 1, 2),
            new Match(1, 0, 3), new Match(3, 2, 3),
            new Match(0, 2, 4), new Match(3, 1, 4),
            new Match(3, 0, 5), new Match(1, 2, 5));

    private static Timetable season() {
        return new Timetable(4, 6, SEASON);
    }

    /** The season with the contents of two slots exchanged. */
    private static Timetable swapped(int a, int b) {
        List<Match> games = new ArrayList<>();
        for (Match m : SEASON) {
            int slot = m.slot() == a ? b : m.slot() == b ? a : m.slot();
            games.add(new Match(m.home(), m.away(), slot));
        }
        return new Timetable(4, 6, games);
    }

    @Test
    void formatAcceptsTheSeasonAndNamesPairsThatAreNotMirrored() {
        assertThat(new RoundRobinStructure(RoundRobinStructure.Kind.MIRRORED).deviation(season())).isZero();
        // slots 3 and 4 exchanged: still phased, no longer mirrored (pairs 0-1, 2-3 and 0-2, 1-3 are off by one)
        Timetable notMirrored = swapped(3, 4);
        assertThat(new RoundRobinStructure(RoundRobinStructure.Kind.PHASED).deviation(notMirrored)).isZero();
        RoundRobinStructure mirrored = new RoundRobinStructure(RoundRobinStructure.Kind.MIRRORED);
        assertThat(mirrored.deviation(notMirrored)).isEqualTo(4);
        assertThat(mirrored.violations(notMirrored)).allSatisfy(v -> assertThat(v.hard()).isTrue());
        // a missing game: teams 0 and 1 do not play in slot 0
        Timetable missing = new Timetable(4, 6, SEASON.subList(1, SEASON.size()));
        assertThat(new RoundRobinStructure(RoundRobinStructure.Kind.PLAIN).deviation(missing)).isPositive();
    }

    @Test
    void onceInEachHalfCountsEachPairThatMeetsTwiceInOneHalfOnce() {
        OnceInEachHalf phase = new OnceInEachHalf(4);
        RoundRobinStructure phased = new RoundRobinStructure(RoundRobinStructure.Kind.PHASED);
        assertThat(phase.deviation(season())).isZero();
        // slots 2 and 3 exchanged: 0-1 and 2-3 (slots 0 and 3) now meet twice in the first half, 0-3 and 1-2
        // (slots 2 and 5) twice in the second; 0-2 and 1-3 (slots 1 and 4) still once in each
        Timetable twiceInOneHalf = swapped(2, 3);
        assertThat(phase.deviation(twiceInOneHalf)).isEqualTo(phased.deviation(twiceInOneHalf))
                .isEqualTo(4);
        assertThat(phase.violations(twiceInOneHalf)).extracting(Violation::teams)
                .containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3), List.of(0, 3), List.of(1, 2));
        assertThat(phase.violations(twiceInOneHalf).get(0).message()).contains("meet twice in the same half");
        // the per-team parts add up to the deviation: each pair counted once, at its lower-numbered team
        long parts = 0;
        for (int team : phase.parts()) {
            parts += phase.part(twiceInOneHalf, team);
        }
        assertThat(parts).isEqualTo(4);
        assertThat(phase.part(twiceInOneHalf, 3)).isZero();
    }

    @Test
    void ca1TeamHomeAwayCapacity() {
        CA1TeamHomeAwayCapacity atMostTwoHome = new CA1TeamHomeAwayCapacity("CA1#1", true, 5, Set.of(2),
                Set.of(0, 1, 2), Mode.H, 0, 2);
        Violation v = only(atMostTwoHome.violations(season()));
        assertThat(v.deviation()).isEqualTo(1);
        assertThat(v.penalty()).isEqualTo(5);
        assertThat(v.teams()).containsExactly(2);
        assertThat(v.games()).containsExactlyInAnyOrder("2-3", "2-0", "2-1");
        assertThat(atMostTwoHome.deviation(season())).isEqualTo(1);
        // team 0 alternates: never more than two home games in three slots
        assertThat(new CA1TeamHomeAwayCapacity("CA1#2", true, 5, Set.of(0), Set.of(0, 1, 2), Mode.H, 0, 2)
                .violations(season())).isEmpty();
    }

    @Test
    void ca2TeamAgainstGroupCapacity() {
        // team 0 meets 1 (slot 0) and 2 (slot 1): two games against {1, 2} in slots 0-2, one allowed
        CA2TeamAgainstGroupCapacity c = new CA2TeamAgainstGroupCapacity("CA2#1", false, 3, Set.of(0), Set.of(1, 2),
                Set.of(0, 1, 2), Mode.HA, 0, 1);
        Violation v = only(c.violations(season()));
        assertThat(v.deviation()).isEqualTo(1);
        assertThat(v.penalty()).isEqualTo(3);
        assertThat(v.hard()).isFalse();
        assertThat(v.teams()).contains(0);
        assertThat(v.games()).containsExactlyInAnyOrder("0-1", "2-0");
        assertThat(c.deviation(season())).isEqualTo(1);
    }

    @Test
    void ca3TeamWindowCapacityIsTheTtpRuleOfAtMostTwoHomeGamesInAnyThree() {
        // team 2 hosts in slots 0-2, team 3 in slots 3-5: one window each over the limit
        CA3TeamWindowCapacity c = new CA3TeamWindowCapacity("CA3#1", true, 1, ALL_TEAMS, ALL_TEAMS, Mode.H, 3, 0, 2);
        List<Violation> violations = c.violations(season());
        assertThat(violations).extracting(Violation::teams).containsExactlyInAnyOrder(List.of(2), List.of(3));
        assertThat(violations).extracting(Violation::deviation).containsOnly(1);
        assertThat(violations).extracting(Violation::games).containsExactlyInAnyOrder(
                List.of("2-3", "2-0", "2-1"), List.of("3-2", "3-1", "3-0"));
        assertThat(c.deviation(season())).isEqualTo(2);
        // three away in a row is the same shape: teams 2 (slots 3-5) and 3 (slots 0-2)
        assertThat(new CA3TeamWindowCapacity("CA3#2", true, 1, ALL_TEAMS, ALL_TEAMS, Mode.A, 3, 0, 2)
                .deviation(season())).isEqualTo(2);
    }

    @Test
    void ca4GroupCapacityGlobalAndEverySlot() {
        // teams 2 and 3 together host three games in slots 0-2 (all team 2's), two allowed
        CA4GroupCapacity global = new CA4GroupCapacity("CA4#1", true, 1, Set.of(2, 3), ALL_TEAMS, Set.of(0, 1, 2),
                Mode.H, false, 0, 2);
        Violation v = only(global.violations(season()));
        assertThat(v.deviation()).isEqualTo(1);
        assertThat(v.games()).containsExactlyInAnyOrder("2-3", "2-0", "2-1");
        assertThat(v.slots()).containsExactly(0, 1, 2);
        // teams 0 and 2 both host in slot 0 (0-1, 2-3) and in slot 2 (0-3, 2-1): one too many in each
        CA4GroupCapacity every = new CA4GroupCapacity("CA4#2", true, 1, Set.of(0, 2), ALL_TEAMS, Set.of(0, 2),
                Mode.H, true, 0, 1);
        assertThat(every.violations(season())).extracting(Violation::slots)
                .containsExactlyInAnyOrder(List.of(0), List.of(2));
        assertThat(every.deviation(season())).isEqualTo(2);
    }

    @Test
    void ga1FixedGameNamesTheGameAndTheSlotItBelongsIn() {
        // 0-1 must be played in slot 1; it is played in slot 0
        GA1FixedGames fixed = new GA1FixedGames("GA1#1", true, 10, List.of(new int[]{0, 1}), Set.of(1), 1, 1);
        Violation v = only(fixed.violations(season()));
        assertThat(v.deviation()).isEqualTo(1);
        assertThat(v.penalty()).isEqualTo(10);
        assertThat(v.games()).containsExactly("0-1");
        assertThat(v.teams()).containsExactly(0, 1);
        assertThat(v.slots()).containsExactly(0, 1);
        assertThat(fixed.deviation(season())).isEqualTo(1);
        // 0-1 must not be played in slot 0 (a venue closed): the game there is at fault
        GA1FixedGames forbidden = new GA1FixedGames("GA1#2", true, 1, List.of(new int[]{0, 1}), Set.of(0), 0, 0);
        Violation f = only(forbidden.violations(season()));
        assertThat(f.games()).containsExactly("0-1");
        assertThat(f.slots()).containsExactly(0);
        // the return game 1-0 in slot 3 is allowed there
        assertThat(new GA1FixedGames("GA1#3", true, 1, List.of(new int[]{1, 0}), Set.of(3), 1, 1)
                .violations(season())).isEmpty();
    }

    @Test
    void br1TeamBreaks() {
        // team 2 (HHHAAA) has breaks in slots 1, 2 (home) and 4, 5 (away)
        BR1TeamBreaks any = new BR1TeamBreaks("BR1#1", true, 1, Set.of(2), ALL_SLOTS, Mode.HA, 1);
        Violation v = only(any.violations(season()));
        assertThat(v.deviation()).isEqualTo(3);
        assertThat(v.teams()).containsExactly(2);
        assertThat(v.slots()).containsExactly(1, 2, 4, 5);
        assertThat(v.games()).containsExactly("2-3", "2-0", "2-1", "3-2", "0-2", "1-2");
        assertThat(new BR1TeamBreaks("BR1#2", true, 1, Set.of(2), ALL_SLOTS, Mode.H, 1).deviation(season()))
                .isEqualTo(1);
        // teams 0 and 1 alternate: no breaks at all
        assertThat(new BR1TeamBreaks("BR1#3", true, 1, Set.of(0, 1), ALL_SLOTS, Mode.HA, 0).violations(season()))
                .isEmpty();
    }

    @Test
    void br2TotalBreaks() {
        // four breaks each for teams 2 and 3, none for 0 and 1: eight in all
        BR2TotalBreaks c = new BR2TotalBreaks("BR2#1", false, 2, ALL_TEAMS, ALL_SLOTS, 6);
        Violation v = only(c.violations(season()));
        assertThat(v.deviation()).isEqualTo(2);
        assertThat(v.penalty()).isEqualTo(4);
        assertThat(v.teams()).containsExactly(2, 3);
        // the breaks are in slots 1, 2, 4 and 5 for both; named with both games of each (2-3 and 3-2 once)
        assertThat(v.slots()).containsExactly(1, 2, 4, 5);
        assertThat(v.games()).containsExactlyInAnyOrder("2-3", "2-0", "2-1", "3-2", "0-2", "1-2",
                "1-3", "0-3", "3-1", "3-0");
        assertThat(new BR2TotalBreaks("BR2#2", false, 2, ALL_TEAMS, ALL_SLOTS, 8).violations(season())).isEmpty();
    }

    @Test
    void fa2HomeGameBalanceCountsEachPairsWorstSlot() {
        // home games played after slots 0..5: team 0 1,1,2,2,3,3; team 1 0,1,1,2,2,3; team 2 1,2,3,3,3,3;
        // team 3 0,0,0,1,2,3. At most one apart: pair 2-3 is 3 apart after slot 2 (excess 2), pairs 0-3
        // (after slot 2) and 1-2 (after slot 2) are 2 apart (excess 1); the others never more than 1
        FA2HomeGameBalance c = new FA2HomeGameBalance("FA2#1", false, 1, ALL_TEAMS, ALL_SLOTS, 1);
        List<Violation> violations = c.violations(season());
        assertThat(violations).extracting(Violation::teams)
                .containsExactlyInAnyOrder(List.of(2, 3), List.of(0, 3), List.of(1, 2));
        assertThat(violations).filteredOn(v -> v.teams().equals(List.of(2, 3))).singleElement()
                .satisfies(v -> {
                    assertThat(v.deviation()).isEqualTo(2);
                    assertThat(v.slots()).containsExactly(2);
                });
        assertThat(c.deviation(season())).isEqualTo(4);
    }

    @Test
    void se1SeparationBetweenTheTwoGamesOfAPair() {
        // every pair meets in slots s and s + 3: two slots between
        assertThat(new SE1Separation("SE1#1", true, 1, ALL_TEAMS, 2, null).violations(season())).isEmpty();
        SE1Separation three = new SE1Separation("SE1#2", false, 1, ALL_TEAMS, 3, null);
        assertThat(three.violations(season())).hasSize(6).allSatisfy(v -> assertThat(v.deviation()).isEqualTo(1));
        // slots 3 and 4 exchanged: 0-1 meet in slots 0 and 4 (three between), 0-2 in slots 1 and 3 (one between)
        Timetable notMirrored = swapped(3, 4);
        List<Violation> violations = new SE1Separation("SE1#3", true, 1, ALL_TEAMS, 2, null).violations(notMirrored);
        assertThat(violations).extracting(Violation::teams).containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 3));
        assertThat(violations).extracting(Violation::slots)
                .containsExactlyInAnyOrder(List.of(1, 3), List.of(1, 3));
    }

    @Test
    void travelDistanceStartsAndEndsAtHome() {
        // venues on a line at 0, 1, 3 and 6
        int[] at = {0, 1, 3, 6};
        int[][] distance = new int[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                distance[i][j] = Math.abs(at[i] - at[j]);
            }
        }
        TravelDistance travel = new TravelDistance(distance);
        // team 0: home, at 2 (3), home (3), at 1 (1), home (1), at 3 (6), home (6) = 20
        assertThat(travel.teamTravel(season(), 0)).isEqualTo(20);
        // team 2: home three times, then at 3 (3), at 0 (6), at 1 (1), home (2) = 12
        assertThat(travel.teamTravel(season(), 2)).isEqualTo(12);
        long total = 0;
        for (int team = 0; team < 4; team++) {
            total += travel.teamTravel(season(), team);
        }
        assertThat(travel.deviation(season())).isEqualTo(total);
        assertThat(travel.violations(season())).extracting(Violation::hard).containsOnly(false);
    }

    private static Violation only(List<Violation> violations) {
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }
}
