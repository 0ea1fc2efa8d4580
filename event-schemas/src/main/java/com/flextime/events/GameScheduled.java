package com.flextime.events;

import java.time.LocalDate;
import java.time.LocalTime;

/** A game was put on the schedule: home team, away team, date and local start time at the venue. */
@SchemaVersion("1")
public record GameScheduled(String scheduleId, String gameId, String home, String away,
                            LocalDate date, LocalTime time, String venue) implements ScheduleEvent {
}
