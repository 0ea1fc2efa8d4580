package com.flextime.events;

/** The two teams of a game changed sides; the game now takes place at the new home team's venue. */
@SchemaVersion("1")
public record HomeAndAwaySwapped(String scheduleId, String gameId, String home, String away, String venue)
        implements ScheduleEvent {
}
