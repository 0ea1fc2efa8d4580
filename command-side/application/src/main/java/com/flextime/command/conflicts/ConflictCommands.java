package com.flextime.command.conflicts;

import com.flextime.events.ConflictDetected;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What the conflict-detection saga tells the conflict register. Both are safe to repeat. */
public final class ConflictCommands {

    private ConflictCommands() {
    }

    /** Record a conflict as open; it is created on first sight and reopened if it had been resolved. */
    public record RecordConflict(@TargetAggregateIdentifier String conflictId, ConflictDetected conflict) {
    }

    /** Close an open conflict, saying what ended it. */
    public record ResolveConflict(@TargetAggregateIdentifier String conflictId, String reason) {
    }
}
