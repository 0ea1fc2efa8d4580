package com.flextime.events.integration;

/** What a {@code schedule.updated} event changed. */
public enum ScheduleChange {
    CALENDAR_CHANGED,
    GAME_SCHEDULED,
    GAME_MOVED,
    HOME_AND_AWAY_SWAPPED,
    GAME_CANCELLED,
    GAME_LOCKED,
    GAME_UNLOCKED,
    PUBLISHED,
    ARCHIVED
}
