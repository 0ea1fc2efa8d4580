package com.flextime.command.optimization;

import com.flextime.command.optimization.OptimizationCommands.RejectProposal;
import com.flextime.events.ProposalAdopted;
import com.flextime.events.ProposalRejected;
import java.time.Duration;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A proposal sets its expiry deadline; the deadline rejects it as expired unless a decision came first. */
class ProposalExpirySagaTest {

    static final Duration TTL = Duration.ofDays(7);
    static final String PROPOSAL = ScheduleProposalAggregateTest.PROPOSAL;
    static final String SCHEDULE = ScheduleProposalAggregateTest.SCHEDULE;

    SagaTestFixture<ProposalExpirySaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ProposalExpirySaga.class);
        fixture.registerResource(new ProposalExpiry(TTL));
    }

    @Test
    void aProposalSetsItsExpiry() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(ScheduleProposalAggregateTest.PROPOSED)
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(TTL, ProposalExpirySaga.DEADLINE)
                .expectNoDispatchedCommands();
    }

    @Test
    void whenNobodyDecidesItExpires() {
        fixture.givenAPublished(ScheduleProposalAggregateTest.PROPOSED)
                .whenTimeElapses(TTL.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(ProposalExpirySaga.DEADLINE)
                .expectDispatchedCommands(new RejectProposal(PROPOSAL, SCHEDULE,
                        "expired: nobody adopted or rejected it within " + TTL, true));
    }

    @Test
    void adoptingFirstCancelsTheExpiry() {
        fixture.givenAPublished(ScheduleProposalAggregateTest.PROPOSED)
                .whenPublishingA(new ProposalAdopted(PROPOSAL, SCHEDULE, 15))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void rejectingFirstCancelsTheExpiry() {
        fixture.givenAPublished(ScheduleProposalAggregateTest.PROPOSED)
                .whenPublishingA(new ProposalRejected(PROPOSAL, SCHEDULE, "too much travel", false))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
