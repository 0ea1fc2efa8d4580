package com.flextime.events;

/**
 * Something that happened to one season schedule. Every event names its schedule, so a consumer can keep
 * the order per schedule and route by it. Metadata (user, correlation, causation, reason, time) travels
 * beside the payload, not inside it.
 */
public sealed interface ScheduleEvent
        permits SeasonScheduleCreated, SeasonCalendarChanged, GameScheduled, GameMoved, HomeAndAwaySwapped,
                GameCancelled, GameLocked, GameUnlocked, SchedulePublished, ScheduleArchived {

    String scheduleId();
}
