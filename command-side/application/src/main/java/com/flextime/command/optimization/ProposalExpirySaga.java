package com.flextime.command.optimization;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.flextime.command.optimization.OptimizationCommands.RejectProposal;
import com.flextime.events.ProposalAdopted;
import com.flextime.events.ProposalRejected;
import com.flextime.events.ScheduleProposed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A proposal nobody decides on closes by itself: when it is made, a deadline is set (kept by the database-backed
 * deadline manager, so it survives restarts); when it passes, the proposal is rejected as expired. Adopting or
 * rejecting it first ends this saga and cancels the deadline.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class ProposalExpirySaga {

    static final String DEADLINE = "proposal-expiry";
    private static final String PROPOSAL = "proposalId";

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient ProposalExpiry expiry;

    private String proposalId;
    private String scheduleId;
    private String deadlineId;

    @StartSaga
    @SagaEventHandler(associationProperty = PROPOSAL)
    public void on(ScheduleProposed event) {
        proposalId = event.proposalId();
        scheduleId = event.scheduleId();
        deadlineId = deadlines.schedule(expiry.after(), DEADLINE);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    public void expire() {
        commands.send(new RejectProposal(proposalId, scheduleId,
                "expired: nobody adopted or rejected it within " + expiry.after(), true));
    }

    @SagaEventHandler(associationProperty = PROPOSAL)
    public void on(ProposalAdopted event) {
        close();
    }

    @SagaEventHandler(associationProperty = PROPOSAL)
    public void on(ProposalRejected event) {
        close();
    }

    private void close() {
        if (deadlineId != null) {
            deadlines.cancelSchedule(DEADLINE, deadlineId);
        }
        SagaLifecycle.end();
    }
}
