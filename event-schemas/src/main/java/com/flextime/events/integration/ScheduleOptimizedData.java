package com.flextime.events.integration;

import com.flextime.events.Nullable;
import com.flextime.events.SchemaVersion;

/**
 * {@code schedule.optimized}: a scheduler adopted an optimizer's proposal, and the schedule is now at
 * {@code version}. The games it changed arrive as {@code schedule.updated} events before this one.
 */
@SchemaVersion("1")
public record ScheduleOptimizedData(String scheduleId, String sport, String season, long version,
                                    String proposalId, @Nullable String jobId, int gamesAdded, int gamesRemoved,
                                    int gamesMoved, int gamesSwapped, int hardViolations, double softScore) {
}
