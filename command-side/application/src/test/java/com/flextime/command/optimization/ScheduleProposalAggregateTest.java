package com.flextime.command.optimization;

import com.flextime.command.optimization.OptimizationCommands.AdoptProposal;
import com.flextime.command.optimization.OptimizationCommands.ProposeSchedule;
import com.flextime.command.optimization.OptimizationCommands.RejectProposal;
import com.flextime.events.ProposalAdopted;
import com.flextime.events.ProposalRejected;
import com.flextime.events.ScheduleProposed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposal's life: proposed, then adopted, rejected or expired once. Adoption itself (which changes the
 * schedule) is tested end to end in infra's OptimizationApiTest; here, what a proposal refuses.
 */
class ScheduleProposalAggregateTest {

    static final String PROPOSAL = "p1";
    static final String SCHEDULE = "lax-2026";
    static final List<ScheduleProposed.Game> GAMES = List.of(new ScheduleProposed.Game("g1", "ASU", "CIN",
            LocalDate.of(2026, 3, 28), LocalTime.of(13, 0), "asu-lax"));
    static final ScheduleProposed.Score SCORE = new ScheduleProposed.Score(0, 3.5, 1800,
            List.of(new ScheduleProposed.RuleScore("travel", "travel miles", false, 3.5)));
    static final ScheduleProposed.Diff DIFF = new ScheduleProposed.Diff(List.of("g1"), List.of(), List.of(),
            List.of(), 0);
    static final ScheduleProposed PROPOSED = new ScheduleProposed(PROPOSAL, "job-1", SCHEDULE, 0, GAMES, SCORE, DIFF);

    FixtureConfiguration<ScheduleProposalAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ScheduleProposalAggregate.class);
        // the gateway adoption sends ApplyProposal through; these tests stop before it is used
        fixture.registerInjectableResource(DefaultCommandGateway.builder().commandBus(fixture.getCommandBus()).build());
    }

    @Test
    void aJobProposesASeason() {
        fixture.givenNoPriorActivity()
                .when(new ProposeSchedule(PROPOSAL, "job-1", SCHEDULE, 0, GAMES, SCORE, DIFF))
                .expectEvents(PROPOSED);
    }

    @Test
    void aSchedulerRejectsIt() {
        fixture.given(PROPOSED)
                .when(new RejectProposal(PROPOSAL, SCHEDULE, "too much travel", false))
                .expectEvents(new ProposalRejected(PROPOSAL, SCHEDULE, "too much travel", false));
    }

    @Test
    void refusesToRejectOrAdoptTwice() {
        fixture.given(PROPOSED, new ProposalRejected(PROPOSAL, SCHEDULE, null, false))
                .when(new RejectProposal(PROPOSAL, SCHEDULE, null, false))
                .expectNoEvents()
                .expectException(JobConflict.class)
                .expectExceptionMessage("proposal p1 is already rejected");
        fixture.given(PROPOSED, new ProposalAdopted(PROPOSAL, SCHEDULE, 1))
                .when(new AdoptProposal(PROPOSAL, SCHEDULE))
                .expectNoEvents()
                .expectException(JobConflict.class)
                .expectExceptionMessage("proposal p1 is already adopted");
    }

    @Test
    void refusesAnotherSchedulesProposal() {
        fixture.given(PROPOSED)
                .when(new AdoptProposal(PROPOSAL, "mbb-2025-26"))
                .expectNoEvents()
                .expectException(JobNotFound.class);
    }

    @Test
    void expiresWhenNobodyDecided() {
        fixture.given(PROPOSED)
                .when(new RejectProposal(PROPOSAL, SCHEDULE, "expired", true))
                .expectEvents(new ProposalRejected(PROPOSAL, SCHEDULE, "expired", true));
    }

    @Test
    void anExpiryAfterTheDecisionChangesNothing() {
        fixture.given(PROPOSED, new ProposalAdopted(PROPOSAL, SCHEDULE, 1))
                .when(new RejectProposal(PROPOSAL, SCHEDULE, "expired", true))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }
}
