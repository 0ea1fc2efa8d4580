package com.flextime.events;

/** A scheduler adopted the proposal: its games are now the schedule's, at {@code scheduleVersion}. */
@SchemaVersion("1")
public record ProposalAdopted(String proposalId, String scheduleId, long scheduleVersion)
        implements ProposalEvent {
}
