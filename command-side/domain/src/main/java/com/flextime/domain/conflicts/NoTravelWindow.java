package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code no-travel-window}: a team does not travel inside its weekly window, in local time at either end of the
 * trip (BYU: Saturday 18:00 to Monday 06:00; the {@code no-travel-window} rows of the season rules). Between two
 * games at different places the team needs one trip of the {@link Trip}'s length, after the first game ends and
 * before the second's lead, clear of the window where it leaves and where it lands (D27).
 */
final class NoTravelWindow extends TripRule {

    NoTravelWindow(ConferenceCatalog catalog, ConflictData data) {
        super(catalog, data);
    }

    @Override
    public String id() {
        return "no-travel-window";
    }

    @Override
    public String name() {
        return "A team does not travel in its no-travel window (BYU: Saturday 18:00 to Monday 06:00)";
    }

    @Override
    Optional<String> refuse(String team, Trip trip) {
        TravelWindow window = data.travelWindows(trip.to().sport()).get(team);
        if (window == null || fits(trip, window)) {
            return Optional.empty();
        }
        return Optional.of(team + " does not travel " + window.text() + " (local), and cannot get " + route(trip)
                + " outside it");
    }

    /** Is there a trip of the needed length between leaving and the latest arrival that touches no window? */
    static boolean fits(Trip trip, TravelWindow window) {
        Duration needed = Duration.ofMinutes(trip.minutes());
        Instant cursor = trip.leave();
        LocalDate first = LocalDate.ofInstant(trip.leave(), ZoneOffset.UTC).minusDays(7);
        LocalDate last = LocalDate.ofInstant(trip.arriveBy(), ZoneOffset.UTC).plusDays(1);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != window.fromDay()) {
                continue;
            }
            // the window in local time where the team leaves and where it lands: it may move in neither
            Instant a = day.atTime(window.from()).atZone(trip.origin().timeZone()).toInstant();
            Instant b = day.atTime(window.from()).atZone(trip.destination().timeZone()).toInstant();
            Instant start = a.isBefore(b) ? a : b;
            Instant end = (a.isBefore(b) ? b : a).plus(Duration.ofMinutes(window.minutes()));
            if (!end.isAfter(cursor)) {
                continue;
            }
            if (!start.isBefore(trip.arriveBy())) {
                break;
            }
            if (Duration.between(cursor, start).compareTo(needed) >= 0) {
                return true;
            }
            cursor = cursor.isAfter(end) ? cursor : end;
        }
        return Duration.between(cursor, trip.arriveBy()).compareTo(needed) >= 0;
    }
}
