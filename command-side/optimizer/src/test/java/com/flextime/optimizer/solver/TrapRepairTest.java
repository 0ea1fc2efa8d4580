package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The repair of a trapped timetable (decisions D93): it stops as soon as the timetable is feasible, never runs past
 * its budget, boosts and refocuses on the chain's beat, cools from its weight to a tenth of it, and a chain's repairs
 * get shorter while they find no new best.
 */
class TrapRepairTest {

    @Test
    void stopsAtTheFirstFeasibleTimetable() {
        // a trapped timetable two hard violations from feasible, each move meeting one
        AtomicInteger hard = new AtomicInteger(2);
        long moves = new TrapRepair(10_000, 30, 1024)
                .run(0, temperature -> hard.decrementAndGet(), () -> hard.get() == 0, () -> { }, () -> { });
        assertThat(moves).isEqualTo(2);
    }

    @Test
    void spendsAtMostItsBudgetAndBoostsOnTheChainsBeat() {
        AtomicInteger boosts = new AtomicInteger();
        AtomicInteger refocused = new AtomicInteger();
        // the chain has made 1,000 moves already: its next boost is at its 1,024th move, the repair's 24th
        long moves = new TrapRepair(3_000, 30, 1024)
                .run(1_000, temperature -> { }, () -> false, boosts::incrementAndGet, refocused::incrementAndGet);
        assertThat(moves).isEqualTo(3_000);
        assertThat(boosts).hasValue(3); // at the chain's moves 1,024, 2,048 and 3,072
        assertThat(refocused).hasValue(12); // every 256th of the chain's moves from 1,024 to 3,840
    }

    @Test
    void coolsFromItsWeightToATenthOverTheBudget() {
        List<Double> temperatures = new ArrayList<>();
        new TrapRepair(4_096, 30, 1024).run(0, temperatures::add, () -> false, () -> { }, () -> { });
        assertThat(temperatures.get(0)).isEqualTo(30.0);
        assertThat(temperatures).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // the last move is made at the temperature set after the 3,840th; at the budget's end it is a tenth
        assertThat(temperatures.get(temperatures.size() - 1)).isCloseTo(30 * Math.pow(0.1, 3_840 / 4_096.0),
                Offset.offset(1e-9));
        assertThat(new TrapRepair(4_096, 30, 1024).temperatureAfter(4_096)).isCloseTo(3.0, Offset.offset(1e-9));
    }

    @Test
    void aRepairWithoutANewBestHalvesTheNextOnesBudgetAndOneWithARestoresIt() {
        TrapRepair.Budget budget = new TrapRepair.Budget(8_000, 1_000);
        assertThat(budget.next()).isEqualTo(8_000);
        budget.settle(false);
        assertThat(budget.next()).isEqualTo(4_000);
        budget.settle(false);
        assertThat(budget.next()).isEqualTo(2_000);
        budget.settle(true);
        assertThat(budget.next()).isEqualTo(8_000);
    }

    @Test
    void repairsStopOnceTheirBudgetFallsBelowTheFloor() {
        TrapRepair.Budget budget = new TrapRepair.Budget(8_000, 1_000);
        for (int fruitless = 0; fruitless < 3; fruitless++) {
            budget.settle(false);
        }
        assertThat(budget.next()).isEqualTo(1_000);
        budget.settle(false);
        assertThat(budget.next()).isZero();
    }
}
