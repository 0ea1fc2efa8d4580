package com.flextime.domain.conflicts;

import java.util.List;

/** A rule about a team's run of games in one schedule: each game and the next, and the trip between them. */
public interface ItineraryConflictRule extends ConflictRule {

    /** The conflicts of {@code team} along {@code itinerary}: its games in one schedule, earliest first. */
    List<Conflict> conflictsOf(String team, List<ScheduledGame> itinerary);

    default Conflict conflict(String reason, String team, List<ScheduledGame> games) {
        ScheduledGame first = games.get(0);
        return new Conflict(id(), name(), severity(), reason, first.date(), null, List.of(team), games,
                first.scheduleId() + "/" + team);
    }
}
