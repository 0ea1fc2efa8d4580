package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rule about the trip between each game of a team's run and the next: one conflict per trip it refuses. */
abstract class TripRule implements ItineraryConflictRule {

    protected final ConferenceCatalog catalog;
    protected final ConflictData data;

    TripRule(ConferenceCatalog catalog, ConflictData data) {
        this.catalog = catalog;
        this.data = data;
    }

    @Override
    public Severity severity() {
        return Severity.HARD;
    }

    /** Why the team cannot make this trip, or empty when it can. */
    abstract Optional<String> refuse(String team, Trip trip);

    @Override
    public List<Conflict> conflictsOf(String team, List<ScheduledGame> itinerary) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 1; i < itinerary.size(); i++) {
            Trip.between(team, itinerary.get(i - 1), itinerary.get(i), catalog, data)
                    .ifPresent(trip -> refuse(team, trip).ifPresent(reason ->
                            conflicts.add(conflict(reason, team, List.of(trip.from(), trip.to())))));
        }
        return conflicts;
    }

    /** "from Orlando (KU at UCF (VB) on …) to Provo (…)". */
    static String route(Trip trip) {
        return "from " + trip.origin().shortName() + " (" + trip.from().label() + ") to "
                + trip.destination().shortName() + " (" + trip.to().label() + ")";
    }
}
