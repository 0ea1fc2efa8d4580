package com.flextime.command.optimization;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.flextime.command.ScheduleCommands.ApplyProposal;
import com.flextime.command.optimization.OptimizationCommands.AdoptProposal;
import com.flextime.command.optimization.OptimizationCommands.ProposeSchedule;
import com.flextime.command.optimization.OptimizationCommands.RejectProposal;
import com.flextime.events.ProposalAdopted;
import com.flextime.events.ProposalRejected;
import com.flextime.events.ScheduleProposed;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A proposed season for one schedule, open until a scheduler adopts or rejects it (or it expires). Adopting
 * sends the schedule its {@link ApplyProposal} within this command's unit of work: the schedule's game events
 * and this proposal's {@link ProposalAdopted} are stored in one transaction, or neither is.
 */
@Aggregate
public class ScheduleProposalAggregate {

    @AggregateIdentifier
    private String proposalId;
    private String scheduleId;
    private long basedOnVersion;
    private List<ScheduleProposed.Game> games;
    private String closed;

    protected ScheduleProposalAggregate() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public ScheduleProposalAggregate(ProposeSchedule command) {
        apply(new ScheduleProposed(command.proposalId(), command.jobId(), command.scheduleId(),
                command.basedOnVersion(), command.games(), command.score(), command.diff()));
    }

    /** Returns the schedule's version after the adoption. */
    @CommandHandler
    public long handle(AdoptProposal command, MetaData metaData, CommandGateway commands) {
        requireSchedule(command.scheduleId());
        requireOpen();
        Object version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new ApplyProposal(scheduleId, proposalId, basedOnVersion, games)).andMetaData(metaData));
        long adoptedAt = ((Number) version).longValue();
        apply(new ProposalAdopted(proposalId, scheduleId, adoptedAt));
        return adoptedAt;
    }

    @CommandHandler
    public void handle(RejectProposal command) {
        requireSchedule(command.scheduleId());
        if (closed != null && command.expired()) {
            return; // an expiry that comes after the scheduler decided changes nothing
        }
        requireOpen();
        apply(new ProposalRejected(proposalId, scheduleId, command.reason(), command.expired()));
    }

    private void requireSchedule(String requested) {
        if (!scheduleId.equals(requested)) {
            throw new JobNotFound("schedule " + requested + " has no proposal " + proposalId);
        }
    }

    private void requireOpen() {
        if (closed != null) {
            throw new JobConflict("proposal " + proposalId + " is already " + closed);
        }
    }

    @EventSourcingHandler
    void on(ScheduleProposed event) {
        proposalId = event.proposalId();
        scheduleId = event.scheduleId();
        basedOnVersion = event.basedOnVersion();
        games = event.games();
    }

    @EventSourcingHandler
    void on(ProposalAdopted event) {
        closed = "adopted";
    }

    @EventSourcingHandler
    void on(ProposalRejected event) {
        closed = event.expired() ? "expired" : "rejected";
    }
}
