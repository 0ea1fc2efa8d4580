package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import java.util.Optional;

/**
 * {@code travel-time}: a team can make the trip between two games in a row: it leaves when the first ends and must
 * be at the second's place the day before a road game (3 hours before a home game); the trip takes 2 hours plus the
 * miles at 450 mph ({@code travel_<season>.csv}). Back-to-back games farther apart than the days between them allow
 * break it.
 */
final class TravelTime extends TripRule {

    TravelTime(ConferenceCatalog catalog, ConflictData data) {
        super(catalog, data);
    }

    @Override
    public String id() {
        return "travel-time";
    }

    @Override
    public String name() {
        return "A team can make the trip from one game to the next";
    }

    @Override
    Optional<String> refuse(String team, Trip trip) {
        if (trip.available() >= trip.minutes()) {
            return Optional.empty();
        }
        return Optional.of(team + " cannot make the " + Math.round(trip.miles()) + "-mile trip " + route(trip)
                + ": it takes " + trip.minutes() + " minutes and leaves " + Math.max(0, trip.available())
                + " between the end of one game and the arrival the next needs");
    }
}
