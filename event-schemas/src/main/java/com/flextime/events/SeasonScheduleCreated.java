package com.flextime.events;

import java.util.List;

/** A season schedule was opened for one sport and season, with its teams, calendar and frozen rules. */
@SchemaVersion("1")
public record SeasonScheduleCreated(String scheduleId, String sport, String season, String name,
                                    List<String> teams, SeasonCalendar calendar, SeasonRules rules)
        implements ScheduleEvent {

    public SeasonScheduleCreated {
        teams = List.copyOf(teams);
    }
}
