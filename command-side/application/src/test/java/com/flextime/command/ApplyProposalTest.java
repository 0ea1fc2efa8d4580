package com.flextime.command;

import static com.flextime.command.SeasonScheduleAggregateTest.BIG12;
import static com.flextime.command.SeasonScheduleAggregateTest.ID;
import static com.flextime.command.SeasonScheduleAggregateTest.MONDAY;
import static com.flextime.command.SeasonScheduleAggregateTest.REASON;
import static com.flextime.command.SeasonScheduleAggregateTest.SATURDAY;
import static com.flextime.command.SeasonScheduleAggregateTest.SEVEN_PM;
import static com.flextime.command.SeasonScheduleAggregateTest.SUNDAY;
import static com.flextime.command.SeasonScheduleAggregateTest.created;
import static com.flextime.command.SeasonScheduleAggregateTest.game;
import static com.flextime.command.SeasonScheduleAggregateTest.venueOf;
import static com.flextime.command.SeasonScheduleAggregateTest.violates;

import com.flextime.command.ScheduleCommands.ApplyProposal;
import com.flextime.domain.schedule.ProposalOutdated;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameLocked;
import com.flextime.events.GameMoved;
import com.flextime.events.GameSlot;
import com.flextime.events.GameScheduled;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.SchedulePublished;
import com.flextime.events.ScheduleProposed;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adopting a proposal: the ordinary game events, the same hard rules, and nothing when the schedule moved on. */
class ApplyProposalTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);

    FixtureConfiguration<SeasonScheduleAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SeasonScheduleAggregate.class);
        fixture.registerInjectableResource(BIG12);
    }

    static ScheduleProposed.Game proposed(String id, String home, String away, LocalDate date) {
        return new ScheduleProposed.Game(id, home, away, date, SEVEN_PM, venueOf(home));
    }

    @Test
    void aProposalForAnEmptySeasonSchedulesEveryGame() {
        fixture.given(created())
                .when(new ApplyProposal(ID, "p1", 0, List.of(proposed("g1", "BYU", "UTAH", SATURDAY),
                        proposed("g2", "KU", "KSU", SATURDAY))))
                .expectEvents(game("g1", "BYU", "UTAH", SATURDAY), game("g2", "KU", "KSU", SATURDAY))
                .expectResultMessagePayload(2L);
    }

    @Test
    void movesSwapsAndCancelsAsTheProposalSays() {
        fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY), game("g2", "KU", "KSU", SATURDAY),
                        game("g3", "KSU", "BYU", WEDNESDAY))
                .when(new ApplyProposal(ID, "p1", 3, List.of(proposed("g1", "BYU", "UTAH", MONDAY),
                        proposed("g2", "KSU", "KU", SATURDAY))))
                .expectEvents(new GameCancelled(ID, "g3"),
                        new GameMoved(ID, "g1", new GameSlot(SATURDAY, SEVEN_PM, venueOf("BYU")),
                        new GameSlot(MONDAY, SEVEN_PM, venueOf("BYU"))),
                        new HomeAndAwaySwapped(ID, "g2", "KSU", "KU", venueOf("KSU")))
                .expectResultMessagePayload(6L);
    }

    @Test
    void refusesAProposalMadeFromAnOlderVersion() {
        fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY))
                .when(new ApplyProposal(ID, "p1", 0, List.of(proposed("g2", "KU", "KSU", SATURDAY))))
                .expectNoEvents()
                .expectException(ProposalOutdated.class);
    }

    @Test
    void refusesTheWholeProposalWhenOneGameBreaksAHardRule() {
        fixture.given(created())
                .when(new ApplyProposal(ID, "p1", 0, List.of(proposed("g1", "KU", "KSU", SATURDAY),
                        proposed("g2", "BYU", "UTAH", SUNDAY))))
                .expectNoEvents()
                .expectException(violates("no-play-day"));
    }

    @Test
    void refusesATripTheProposalWouldMakeImpossible() {
        fixture.given(created())
                .when(new ApplyProposal(ID, "p1", 0, List.of(proposed("g1", "BYU", "KU", SATURDAY),
                        proposed("g2", "KSU", "KU", SUNDAY))))
                .expectNoEvents()
                .expectException(violates("travel-time"));
    }

    @Test
    void neverMovesALockedGame() {
        fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY), new GameLocked(ID, "g1"))
                .when(new ApplyProposal(ID, "p1", 2, List.of(proposed("g1", "BYU", "UTAH", MONDAY))))
                .expectNoEvents()
                .expectException(violates("locked-game-fixed"));
    }

    @Test
    void aPublishedScheduleNeedsAReasonToAdopt() {
        fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY), new SchedulePublished(ID))
                .when(new ApplyProposal(ID, "p1", 2, List.of(proposed("g1", "BYU", "UTAH", MONDAY))))
                .expectNoEvents()
                .expectException(violates("published-change-needs-reason"));
        fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY), new SchedulePublished(ID))
                .when(new ApplyProposal(ID, "p1", 2, List.of(proposed("g1", "BYU", "UTAH", MONDAY))), REASON)
                .expectEvents(new GameMoved(ID, "g1", new GameSlot(SATURDAY, SEVEN_PM, venueOf("BYU")),
                        new GameSlot(MONDAY, SEVEN_PM, venueOf("BYU"))));
    }

    @Test
    void anUnchangedProposalRecordsNothing() {
        GameScheduled g1 = game("g1", "BYU", "UTAH", SATURDAY);
        fixture.given(created(), g1)
                .when(new ApplyProposal(ID, "p1", 1, List.of(proposed("g1", "BYU", "UTAH", SATURDAY))))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }
}
