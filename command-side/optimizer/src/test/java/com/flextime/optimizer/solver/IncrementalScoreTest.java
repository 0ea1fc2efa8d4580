package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.flextime.optimizer.constraints.ChangeSet;
import com.flextime.optimizer.constraints.OnceInEachHalf;
import com.flextime.optimizer.constraints.RoundRobinStructure;
import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.robinx.RobinxReader;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A random walk of moves, two in three accepted and the third refused and undone: the incrementally kept score
 * must equal a full re-score after each move, for every constraint type in these instances. A constraint that wrongly says a move cannot touch it
 * fails here.
 */
class IncrementalScoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"itc2021/instances/ITC2021_Early_1.xml", "itc2021/instances/ITC2021_Early_5.xml",
            "itc2021/instances/ITC2021_Early_9.xml", "itc2021/instances/ITC2021_Early_14.xml",
            "ttp/instances/NL10.xml", "ttp/instances/CIRC8_Mirrored.xml"})
    void incrementalScoreEqualsAFullRescore(String resource) throws Exception {
        RobinxInstance instance = instance(resource);
        Random random = new Random(11);
        int n = instance.teams();
        RoundRobinState state = RoundRobinState.initial(n, false, random);
        IncrementalScore incremental = new IncrementalScore(instance.constraints(), n, state.slots);
        incremental.reset(state.timetable());
        ChangeSet change = new ChangeSet(n, state.slots);
        for (int i = 0; i < 600; i++) {
            RoundRobinState next = state;
            move(next, random, i % 5);
            next.changes(change);
            Score kept = incremental.candidate(next.timetable(), change);
            if (i % 3 == 2) {
                // refused: undone in place, and the kept score must not have moved
                next.undo();
                kept = incremental.candidate(next.timetable(), change);
            } else {
                incremental.accept();
                next.commit();
            }
            Score full = Scorer.quickScore(instance.constraints(), state.timetable());
            assertThat(kept.infeasibility()).as("move " + i).isEqualTo(full.infeasibility());
            assertThat(kept.objective()).as("move " + i).isEqualTo(full.objective());
        }
    }

    /**
     * The search asks for runs of local terms ({@code terms}); each constraint that computes a run in one pass
     * (sliding windows, travel legs) must give the same terms as asking them one at a time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"itc2021/instances/ITC2021_Early_1.xml", "itc2021/instances/ITC2021_Early_9.xml",
            "ttp/instances/NL10.xml", "ttp/instances/CIRC8_Mirrored.xml"})
    void aRunOfTermsEqualsItsTermsOneAtATime(String resource) throws Exception {
        RobinxInstance instance = instance(resource);
        Random random = new Random(5);
        RoundRobinState state = RoundRobinState.initial(instance.teams(), false, random);
        var timetable = state.timetable();
        int checked = 0;
        for (TimetableConstraint c : instance.constraints()) {
            int positions = c.positions(state.slots);
            if (c.reach(state.slots) == 0) {
                continue;
            }
            long[] run = new long[positions];
            for (int team : c.parts()) {
                int from = random.nextInt(positions);
                int to = from + random.nextInt(positions - from);
                c.terms(timetable, team, from, to, run);
                for (int p = from; p <= to; p++) {
                    assertThat(run[p - from]).as(c.id() + " team " + team + " position " + p)
                            .isEqualTo(c.term(timetable, team, p));
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    /**
     * Constraint weighting: with boosts raised every 50 moves on a random walk, the kept weighted hard deviation
     * must equal each hard constraint's full deviation times its weight and its boost, the boosts followed here
     * by the rule itself (violated: + by, every boost keeping {@code keep} of its excess over 1); and the
     * unweighted score must stay exact.
     */
    @ParameterizedTest
    @ValueSource(strings = {"itc2021/instances/ITC2021_Early_5.xml", "itc2021/instances/ITC2021_Early_13.xml"})
    void weightedHardDeviationFollowsTheBoosts(String resource) throws Exception {
        RobinxInstance instance = instance(resource);
        java.util.List<TimetableConstraint> constraints = instance.constraints();
        Random random = new Random(3);
        int n = instance.teams();
        RoundRobinState state = RoundRobinState.initial(n, false, random);
        IncrementalScore incremental = new IncrementalScore(constraints, n, state.slots);
        incremental.reset(state.timetable());
        ChangeSet change = new ChangeSet(n, state.slots);
        double[] boost = new double[constraints.size()];
        java.util.Arrays.fill(boost, 1.0);
        int boostedViolations = 0;
        for (int i = 1; i <= 400; i++) {
            move(state, random, i % 5);
            state.changes(change);
            Score kept = incremental.candidate(state.timetable(), change);
            incremental.accept();
            state.commit();
            if (i % 50 == 0) {
                incremental.boostViolated(0.5, 0.9);
                for (int c = 0; c < boost.length; c++) {
                    boolean violated = constraints.get(c).deviation(state.timetable()) > 0;
                    boost[c] = 1 + (boost[c] - 1) * 0.9 + (violated ? 0.5 : 0);
                    boostedViolations += constraints.get(c).hard() && violated ? 1 : 0;
                }
            }
            double expected = 0;
            for (int c = 0; c < boost.length; c++) {
                TimetableConstraint constraint = constraints.get(c);
                if (constraint.hard()) {
                    expected += constraint.deviation(state.timetable()) * constraint.weight() * boost[c];
                }
            }
            assertThat(incremental.currentWeighted()).as("move " + i).isCloseTo(expected, within(1e-6));
            assertThat(kept.infeasibility()).as("move " + i)
                    .isEqualTo(Scorer.quickScore(constraints, state.timetable()).infeasibility());
        }
        assertThat(boostedViolations).as("the walk met violated hard constraints to boost").isPositive();
    }

    /**
     * The search answers "did this move touch the constraint?" from the watched teams' and slots' bits for
     * constraints that say {@code touchedByWatchedOnly}; here that answer must equal their own {@code touchedBy}
     * on every move of a random walk, and {@code touchedBy} must be false when no watched slot changed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"itc2021/instances/ITC2021_Early_1.xml", "itc2021/instances/ITC2021_Early_5.xml",
            "itc2021/instances/ITC2021_Early_15.xml", "ttp/instances/NL10.xml"})
    void watchedTeamsAndSlotsAnswerTouchedBy(String resource) throws Exception {
        RobinxInstance instance = instance(resource);
        Random random = new Random(5);
        int n = instance.teams();
        RoundRobinState state = RoundRobinState.initial(n, false, random);
        ChangeSet change = new ChangeSet(n, state.slots);
        for (int i = 0; i < 200; i++) {
            move(state, random, i % 5);
            state.changes(change);
            state.commit();
            for (TimetableConstraint c : instance.constraints()) {
                boolean teamChanged = any(c.watchedTeams(), change::team);
                boolean slotChanged = any(c.watchedSlots(), change::slot);
                if (c.touchedByWatchedOnly()) {
                    assertThat(c.touchedBy(change)).as(c.id() + ", move " + i).isEqualTo(teamChanged && slotChanged);
                } else if (!slotChanged) {
                    assertThat(c.touchedBy(change)).as(c.id() + ", move " + i).isFalse();
                }
            }
        }
    }

    /**
     * The search scores a phased instance with {@link OnceInEachHalf} in place of the format's full check: on a
     * random walk that breaks and mends the phase (swaps of rounds across the halves, partial swaps of teams), the
     * kept score must equal the scorer's, which checks the format in full.
     */
    @Test
    void onceInEachHalfKeepsThePhasedFormatsScore() throws Exception {
        RobinxInstance instance = instance("itc2021/instances/ITC2021_Early_5.xml");
        int n = instance.teams();
        List<TimetableConstraint> searched = instance.constraints().stream()
                .map(c -> c instanceof RoundRobinStructure ? new OnceInEachHalf(n) : c).toList();
        Random random = new Random(5);
        RoundRobinState state = RoundRobinState.initial(n, false, random);
        IncrementalScore incremental = new IncrementalScore(searched, n, state.slots);
        incremental.reset(state.timetable());
        ChangeSet change = new ChangeSet(n, state.slots);
        boolean phaseBroken = false;
        for (int i = 0; i < 600; i++) {
            move(state, random, i % 5);
            state.changes(change);
            Score kept = incremental.candidate(state.timetable(), change);
            incremental.accept();
            state.commit();
            phaseBroken |= !state.phased();
            Score full = Scorer.quickScore(instance.constraints(), state.timetable());
            assertThat(kept.infeasibility()).as("move " + i).isEqualTo(full.infeasibility());
            assertThat(kept.objective()).as("move " + i).isEqualTo(full.objective());
        }
        assertThat(phaseBroken).isTrue();
    }

    private RobinxInstance instance(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/benchmarks/" + resource)) {
            return RobinxReader.readInstance(in);
        }
    }

    /** A random move of the given kind (0 to 4: swap homes, rounds, teams, partial rounds, partial teams). */
    private static void move(RoundRobinState state, Random random, int kind) {
        int n = state.n;
        int a = random.nextInt(n);
        int b = (a + 1 + random.nextInt(n - 1)) % n;
        int k = random.nextInt(state.slots);
        int l = (k + 1 + random.nextInt(state.slots - 1)) % state.slots;
        switch (kind) {
            case 0 -> state.swapHomes(a, b);
            case 1 -> state.swapRounds(k, l);
            case 2 -> state.swapTeams(a, b);
            case 3 -> state.partialSwapRounds(a, k, l);
            default -> state.partialSwapTeams(a, b, k);
        }
    }

    private static boolean any(int[] watched, java.util.function.IntPredicate changed) {
        return watched == null || java.util.Arrays.stream(watched).anyMatch(changed);
    }
}
