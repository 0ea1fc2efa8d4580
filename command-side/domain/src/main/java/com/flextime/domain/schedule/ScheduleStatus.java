package com.flextime.domain.schedule;

/** Where a season schedule is in its life: drafted, released to the public, or archived (read-only). */
public enum ScheduleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
