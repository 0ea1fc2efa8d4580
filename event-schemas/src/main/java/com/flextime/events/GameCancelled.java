package com.flextime.events;

/** A game was taken off the schedule. It stays in the history. */
@SchemaVersion("1")
public record GameCancelled(String scheduleId, String gameId) implements ScheduleEvent {
}
