package com.flextime.command;

import static com.flextime.command.SeasonScheduleAggregateTest.BIG12;
import static com.flextime.command.SeasonScheduleAggregateTest.MONDAY;
import static com.flextime.command.SeasonScheduleAggregateTest.SATURDAY;
import static com.flextime.command.SeasonScheduleAggregateTest.SUNDAY;
import static com.flextime.command.SeasonScheduleAggregateTest.created;
import static com.flextime.command.SeasonScheduleAggregateTest.game;
import static com.flextime.command.SeasonScheduleAggregateTest.scheduleGame;
import static com.flextime.command.SeasonScheduleAggregateTest.violates;

import com.flextime.command.ScheduleCommands.MoveGame;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hard conflicts a schedule can see in its own games (a trip a team cannot make, BYU's Sabbath travel) are
 * refused like any hard rule; the conflict-detection saga is left with those that come from other schedules.
 */
class SeasonScheduleConflictsTest {

    private FixtureConfiguration<SeasonScheduleAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SeasonScheduleAggregate.class);
        fixture.registerInjectableResource(BIG12);
    }

    @Test
    void refusesATripTheTeamCannotMake() {
        fixture.given(created(), game("g1", "BYU", "KU", SATURDAY))
                .when(scheduleGame("g2", "KSU", "KU", SUNDAY))
                .expectNoEvents()
                .expectException(violates("travel-time"));
    }

    @Test
    void refusesByuTravellingOnItsSabbath() {
        fixture.given(created(), game("g1", "BYU", "KU", SATURDAY))
                .when(scheduleGame("g2", "KU", "BYU", MONDAY))
                .expectNoEvents()
                .expectException(violates("no-travel-window"));
    }

    @Test
    void refusesAMoveThatMakesATripImpossible() {
        fixture.given(created(), game("g1", "BYU", "KU", SATURDAY), game("g2", "KSU", "KU", LocalDate.of(2026, 1, 6)))
                .when(new MoveGame(SeasonScheduleAggregateTest.ID, null, "g2", SUNDAY, null, null))
                .expectNoEvents()
                .expectException(violates("travel-time"));
    }

    @Test
    void allowsTheTripWithADayInBetween() {
        fixture.given(created(), game("g1", "BYU", "KU", SATURDAY))
                .when(scheduleGame("g2", "KSU", "KU", MONDAY))
                .expectSuccessfulHandlerExecution();
    }
}
