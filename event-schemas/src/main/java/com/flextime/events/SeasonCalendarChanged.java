package com.flextime.events;

/** The season's name, window, game days or blackouts were changed (the PUT of the API). */
@SchemaVersion("1")
public record SeasonCalendarChanged(String scheduleId, String name, SeasonCalendar calendar)
        implements ScheduleEvent {
}
