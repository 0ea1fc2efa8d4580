package com.flextime.events;

import java.time.LocalDate;
import java.time.LocalTime;

/** A game was moved to another date, start time or venue; the previous slot is kept for consumers. */
@SchemaVersion("1")
public record GameMoved(String scheduleId, String gameId,
                        LocalDate date, LocalTime time, String venue,
                        LocalDate previousDate, LocalTime previousTime, String previousVenue)
        implements ScheduleEvent {
}
