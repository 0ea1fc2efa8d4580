package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.optimizer.score.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The adaptive phase's trap watch (decisions D83): the search goes back to its feasible best only when the current
 * timetable has stayed infeasible at the weight's cap, no nearer feasible, for the whole patience.
 */
class TrapTest {

    private static final Score FEASIBLE_BEST = new Score(0, 1500, List.of());

    private static Score infeasible(long hard) {
        return new Score(hard, 1200, List.of());
    }

    @Test
    void stuckAfterThePatienceAtTheCapWithoutAFallInHardDeviation() {
        Trap trap = new Trap(1000, 0);
        assertThat(trap.stuck(infeasible(10), FEASIBLE_BEST, true, 500)).isFalse();
        assertThat(trap.stuck(infeasible(10), FEASIBLE_BEST, true, 1000)).isFalse();
        assertThat(trap.stuck(infeasible(11), FEASIBLE_BEST, true, 1499)).isFalse();
        assertThat(trap.stuck(infeasible(10), FEASIBLE_BEST, true, 1500)).isTrue();
        // and it watches afresh after saying so
        assertThat(trap.stuck(infeasible(10), FEASIBLE_BEST, true, 2000)).isFalse();
    }

    @Test
    void aFallInHardDeviationStartsThePatienceAgain() {
        Trap trap = new Trap(1000, 0);
        assertThat(trap.stuck(infeasible(10), FEASIBLE_BEST, true, 500)).isFalse();
        assertThat(trap.stuck(infeasible(9), FEASIBLE_BEST, true, 1400)).isFalse();
        assertThat(trap.stuck(infeasible(9), FEASIBLE_BEST, true, 2399)).isFalse();
        assertThat(trap.stuck(infeasible(9), FEASIBLE_BEST, true, 2400)).isTrue();
    }

    @Test
    void neverStuckBelowTheCapWhenFeasibleOrWithoutAFeasibleBest() {
        Trap trap = new Trap(1000, 0);
        for (long moves = 500; moves <= 5000; moves += 500) {
            // below the cap the weight is still growing: the state may yet be pushed back to feasible
            assertThat(trap.stuck(infeasible(10), FEASIBLE_BEST, false, moves)).isFalse();
        }
        for (long moves = 5500; moves <= 10000; moves += 500) {
            assertThat(trap.stuck(new Score(0, 1400, List.of()), FEASIBLE_BEST, true, moves)).isFalse();
        }
        for (long moves = 10500; moves <= 15000; moves += 500) {
            // no feasible timetable to go back to: the feasibility phase's hand-over rules apply instead
            assertThat(trap.stuck(infeasible(10), infeasible(3), true, moves)).isFalse();
        }
    }
}
