package com.flextime.events.integration;

import com.flextime.events.GameSlot;
import com.flextime.events.Nullable;
import com.flextime.events.SchemaVersion;

/**
 * {@code schedule.updated}: one change to a season schedule, at {@code version} (the schedule's version after
 * it; a consumer that sees a gap has missed an event).
 *
 * @param game     the game after the change, for changes to one game; null otherwise
 * @param previous where a moved game was before; null for other changes
 * @param reason   the reason the scheduler gave, if any (every change to a published schedule has one)
 */
@SchemaVersion("1")
public record ScheduleUpdatedData(String scheduleId, String sport, String season, long version,
                                  ScheduleChange change, @Nullable GameView game,
                                  @Nullable GameSlot previous, @Nullable String reason) {
}
