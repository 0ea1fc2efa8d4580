package com.flextime.command.conflicts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.flextime.command.conflicts.ConflictCommands.RecordConflict;
import com.flextime.command.conflicts.ConflictCommands.ResolveConflict;
import com.flextime.events.ConflictDetected;
import com.flextime.events.ConflictResolved;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One conflict of the register, keyed by its deterministic id (rule, teams, games): recording an open conflict or
 * resolving a resolved one records nothing, so a re-delivered event or a repeated command never doubles it. Its
 * history is the conflict's: when it appeared, when it went, when it came back.
 */
@Aggregate
public class ConflictAggregate {

    @AggregateIdentifier
    private String conflictId;
    private boolean open;

    public ConflictAggregate() {
        // for Axon: created by the first RecordConflict, rebuilt from events after that
    }

    /** @return whether the conflict was newly opened */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(RecordConflict command) {
        if (open) {
            return false;
        }
        if (!command.conflictId().equals(command.conflict().conflictId())) {
            throw new IllegalArgumentException("conflict " + command.conflict().conflictId()
                    + " sent to conflict " + command.conflictId());
        }
        apply(command.conflict());
        return true;
    }

    /** @return whether the conflict was open and is now resolved */
    @CommandHandler
    public boolean handle(ResolveConflict command) {
        if (!open) {
            return false;
        }
        apply(new ConflictResolved(conflictId, command.reason()));
        return true;
    }

    @EventSourcingHandler
    void on(ConflictDetected event) {
        conflictId = event.conflictId();
        open = true;
    }

    @EventSourcingHandler
    void on(ConflictResolved event) {
        open = false;
    }
}
