package com.flextime.events;

/** The proposal was closed without changing the schedule: rejected by a scheduler, or expired. */
@SchemaVersion("1")
public record ProposalRejected(String proposalId, String scheduleId, String reason, boolean expired)
        implements ProposalEvent {
}
