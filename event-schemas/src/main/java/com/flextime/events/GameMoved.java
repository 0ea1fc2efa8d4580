package com.flextime.events;

/**
 * A game was moved to another date, start time or venue: the slot it leaves and the slot it takes.
 *
 * <p>Version 2. Version 1 held the same facts flat ({@code date, time, venue, previousDate, previousTime,
 * previousVenue}); stored version 1 events are read as version 2 by an upcaster (docs/events.md).
 */
@SchemaVersion("2")
public record GameMoved(String scheduleId, String gameId, GameSlot from, GameSlot to) implements ScheduleEvent {
}
