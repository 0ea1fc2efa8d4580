package com.flextime.domain.schedule;

/**
 * A proposal was made from a version of the schedule that is no longer current: adopting it would overwrite
 * changes made since, so it is refused rather than merged. Nothing was changed.
 */
public class ProposalOutdated extends RuntimeException {

    private final long basedOn;
    private final long current;

    public ProposalOutdated(String scheduleId, String proposalId, long basedOn, long current) {
        super("proposal " + proposalId + " was made from version " + basedOn + " of schedule " + scheduleId
                + ", which has changed since (now version " + current + "); request a new optimization");
        this.basedOn = basedOn;
        this.current = current;
    }

    public long basedOn() {
        return basedOn;
    }

    public long current() {
        return current;
    }
}
