package com.flextime.events.integration;

import com.flextime.events.SchemaVersion;
import java.time.LocalDate;
import java.util.List;

/** {@code schedule.created}: a season schedule was opened for a sport and season, with its teams and window. */
@SchemaVersion("1")
public record ScheduleCreatedData(String scheduleId, String sport, String season, String name, long version,
                                  List<String> teams, LocalDate windowStart, LocalDate windowEnd) {
    public ScheduleCreatedData {
        teams = List.copyOf(teams);
    }
}
