package com.flextime.domain.schedule;

/** The command was based on a version of the schedule that is no longer current. Nothing was changed. */
public class StaleScheduleVersion extends RuntimeException {

    private final long expected;
    private final long actual;

    public StaleScheduleVersion(String scheduleId, long expected, long actual) {
        super("schedule " + scheduleId + " is at version " + actual + ", not " + expected
                + ": read it again and retry");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
