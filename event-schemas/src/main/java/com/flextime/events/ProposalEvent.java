package com.flextime.events;

/**
 * Something that happened to a proposal: a whole season an optimization job offers for one schedule, which a
 * scheduler adopts or rejects. A proposal is never applied on its own.
 */
public sealed interface ProposalEvent permits ScheduleProposed, ProposalAdopted, ProposalRejected {

    String proposalId();

    String scheduleId();
}
