package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every neighbourhood move keeps a compact double round robin (and a mirrored one mirrored). */
class RoundRobinStateTest {

    @ParameterizedTest(name = "{0} teams, mirrored {1}")
    @CsvSource({"4,false", "6,false", "10,false", "16,false", "6,true", "10,true", "20,true"})
    void movesKeepTheDoubleRoundRobin(int teams, boolean mirrored) {
        Random random = new Random(teams);
        RoundRobinState state = RoundRobinState.initial(teams, mirrored, random);
        assertThat(state.valid()).isTrue();
        for (int i = 0; i < 5_000; i++) {
            int a = random.nextInt(teams);
            int b = (a + 1 + random.nextInt(teams - 1)) % teams;
            int kind = random.nextInt(mirrored ? 3 : 5);
            switch (kind) {
                case 0 -> state.swapHomes(a, b);
                case 1 -> {
                    int range = mirrored ? state.half : state.slots;
                    int k = random.nextInt(range);
                    state.swapRounds(k, (k + 1 + random.nextInt(range - 1)) % range);
                }
                case 2 -> state.swapTeams(a, b);
                case 3 -> {
                    int k = random.nextInt(state.slots);
                    state.partialSwapRounds(a, k, (k + 1 + random.nextInt(state.slots - 1)) % state.slots);
                }
                default -> state.partialSwapTeams(a, b, random.nextInt(state.slots));
            }
            assertThat(state.valid()).as("after move " + i + " of kind " + kind).isTrue();
            if (i % 3 == 0) {
                // a refused move is undone in place: the state is exactly what it was
                RoundRobinState kept = state.copy();
                state.commit();
                state.swapTeams(a, b);
                state.partialSwapRounds(b, 0, state.slots - 1);
                state.undo();
                assertThat(state.opp).isDeepEqualTo(kept.opp);
                assertThat(state.home).isDeepEqualTo(kept.home);
            }
            state.commit();
            if (mirrored) {
                for (int t = 0; t < teams; t++) {
                    for (int s = 0; s < state.half; s++) {
                        assertThat(state.opp[t][s + state.half]).isEqualTo(state.opp[t][s]);
                        assertThat(state.home[t][s + state.half]).isEqualTo(!state.home[t][s]);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} teams")
    @CsvSource({"4", "6", "10", "18", "20"})
    void thePartialSwapOfTeamsWithinAHalfKeepsAPhasedDoubleRoundRobin(int teams) {
        Random random = new Random(teams);
        RoundRobinState state = RoundRobinState.initial(teams, false, random);
        int changed = 0;
        for (int i = 0; i < 5_000; i++) {
            int a = random.nextInt(teams);
            int b = (a + 1 + random.nextInt(teams - 1)) % teams;
            RoundRobinState before = state.copy();
            state.partialSwapTeamsInHalf(a, b, random.nextInt(state.slots));
            state.commit();
            assertThat(state.valid()).as("after move " + i).isTrue();
            assertThat(state.phased()).as("after move " + i).isTrue();
            if (!java.util.Arrays.deepEquals(before.opp, state.opp)) {
                changed++;
            }
            if (i % 7 == 0) {
                state.swapHomes(a, b);
                state.swapRounds(0, 1);
                state.commit();
            }
        }
        assertThat(changed).isGreaterThan(1_000);
    }

    @ParameterizedTest(name = "{0} teams")
    @CsvSource({"4", "6", "10", "16", "40"})
    void theCircleAlongATourMeetsTheNextTeamOnTheTourInTheNextRound(int teams) {
        int[] tour = new Random(teams).ints(0, teams).distinct().limit(teams).toArray();
        RoundRobinState state = RoundRobinState.alongTour(teams, true, tour, new Random(1));
        assertThat(state.valid()).isTrue();
        int[] place = new int[teams];
        for (int i = 0; i < teams; i++) {
            place[tour[i]] = i;
        }
        int circle = teams - 1;
        int pole = tour[circle];
        for (int t = 0; t < teams; t++) {
            for (int s = 0; s + 1 < state.slots; s++) {
                assertThat(state.opp[t][s + 1]).isNotEqualTo(state.opp[t][s]); // no repeaters
                int from = state.opp[t][s];
                int to = state.opp[t][s + 1];
                if (t != pole && from != pole && to != pole) {
                    // the next opponent sits on the next place of the circle (the tour without its pole)
                    assertThat(Math.floorMod(place[to] - place[from], circle)).as("team %d, slot %d", t, s)
                            .isEqualTo(1);
                }
            }
            for (int s = 0; s < state.half; s++) {
                assertThat(state.opp[t][s + state.half]).isEqualTo(state.opp[t][s]);
                assertThat(state.home[t][s + state.half]).isEqualTo(!state.home[t][s]);
            }
        }
    }
}
