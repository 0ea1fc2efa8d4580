package com.flextime.events;

/** A game was fixed in place: it cannot be moved, swapped or cancelled until unlocked. */
@SchemaVersion("1")
public record GameLocked(String scheduleId, String gameId) implements ScheduleEvent {
}
