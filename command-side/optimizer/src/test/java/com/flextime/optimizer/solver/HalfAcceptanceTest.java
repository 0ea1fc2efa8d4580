package com.flextime.optimizer.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The cycles' reference temperature (decisions D89): the mean worsening of random moves, unless their hard
 * deviation makes it more than ten times what they cost the objective.
 */
class HalfAcceptanceTest {

    @Test
    void theMeanWorseningOfTheMovesThatWorsenSetsTheTemperature() {
        HalfAcceptance half = new HalfAcceptance();
        half.sample(30, 10);
        half.sample(90, 20);
        half.sample(-50, -5); // an improving move says nothing about how hot to start

        assertThat(half.temperature()).isCloseTo(60 / Math.log(2), within(1e-9));
    }

    @Test
    void hardDeviationCannotMakeItMoreThanTenTimesTheObjectivesWorsening() {
        HalfAcceptance half = new HalfAcceptance();
        half.sample(1000, 4); // a wide move that breaks many hard rules on a large instance
        half.sample(1400, 0);
        half.sample(20, 2);

        // mean cost worsening 806.7, objective worsening 3: capped at 30
        assertThat(half.temperature()).isCloseTo(30 / Math.log(2), within(1e-9));
    }

    @Test
    void withoutAnyObjectiveWorseningTheMeanStands() {
        HalfAcceptance half = new HalfAcceptance();
        half.sample(500, 0);
        half.sample(700, -3);

        assertThat(half.temperature()).isCloseTo(600 / Math.log(2), within(1e-9));
    }

    @Test
    void withoutAnyWorseningItIsOne() {
        HalfAcceptance half = new HalfAcceptance();
        half.sample(-1, -1);

        assertThat(half.temperature()).isEqualTo(1.0);
    }
}
