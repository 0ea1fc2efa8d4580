package com.flextime.events;

/** The schedule was archived: it is read-only from now on, and its history is kept. */
@SchemaVersion("1")
public record ScheduleArchived(String scheduleId) implements ScheduleEvent {
}
