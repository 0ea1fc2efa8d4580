package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Geo;
import com.flextime.domain.conference.School;
import com.flextime.domain.conference.Venue;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A team's trip from one game to its next: from the school whose venue held the first to the one whose venue
 * holds the second, leaving when the first game ends and arriving the lead before the second (the trip model of
 * {@link TravelModel}). Instants, so games in Arizona and West Virginia compare correctly.
 */
record Trip(String team, ScheduledGame from, ScheduledGame to, School origin, School destination, double miles,
            Instant leave, Instant arriveBy, long minutes) {

    /**
     * The trip, or empty when both games are at one school (no travel), on one day (two games of a team on one day
     * are the schedule's own {@code team-one-game-per-day}), or a place or sport is unknown.
     */
    static Optional<Trip> between(String team, ScheduledGame from, ScheduledGame to, ConferenceCatalog catalog,
                                  ConflictData data) {
        Optional<School> origin = host(from, catalog);
        Optional<School> destination = host(to, catalog);
        Optional<TravelModel> model = data.travel(from.sport());
        if (origin.isEmpty() || destination.isEmpty() || model.isEmpty()
                || origin.get().code().equals(destination.get().code()) || from.date().equals(to.date())) {
            return Optional.empty();
        }
        School a = origin.get();
        School b = destination.get();
        TravelModel m = model.get();
        double miles = Geo.miles(a.latitude(), a.longitude(), b.latitude(), b.longitude());
        Instant leave = instant(from, a.timeZone()).plus(Duration.ofMinutes(m.gameMinutes()));
        int lead = to.home().equals(team) ? m.homeLeadMinutes() : m.roadLeadMinutes();
        Instant arriveBy = instant(to, b.timeZone()).minus(Duration.ofMinutes(lead));
        return Optional.of(new Trip(team, from, to, a, b, miles, leave, arriveBy, m.tripMinutes(miles)));
    }

    /** Minutes between leaving and the latest arrival; negative when the lead reaches back before the first game ends. */
    long available() {
        return Duration.between(leave, arriveBy).toMinutes();
    }

    private static Optional<School> host(ScheduledGame game, ConferenceCatalog catalog) {
        return catalog.school(catalog.venue(game.venue()).map(Venue::schoolCode).orElse(game.home()));
    }

    private static Instant instant(ScheduledGame game, ZoneId zone) {
        return game.start().atZone(zone).toInstant();
    }
}
