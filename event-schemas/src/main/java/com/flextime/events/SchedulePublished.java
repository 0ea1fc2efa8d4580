package com.flextime.events;

/** The schedule was released to schools, partners and the public; from now on every change needs a reason. */
@SchemaVersion("1")
public record SchedulePublished(String scheduleId) implements ScheduleEvent {
}
