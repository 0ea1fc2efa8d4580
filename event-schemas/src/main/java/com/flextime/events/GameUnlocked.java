package com.flextime.events;

/** A locked game may be changed again. */
@SchemaVersion("1")
public record GameUnlocked(String scheduleId, String gameId) implements ScheduleEvent {
}
