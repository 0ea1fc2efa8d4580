package com.flextime.events.integration;

import com.flextime.events.SchemaVersion;
import java.util.List;

/** {@code conflict.resolved}: a conflict no longer stands, with the reason and the schedules it concerned. */
@SchemaVersion("1")
public record ConflictResolvedData(String conflictId, String reason, List<String> scheduleIds) {
    public ConflictResolvedData {
        scheduleIds = List.copyOf(scheduleIds);
    }
}
