package com.flextime.domain.conflicts;

import com.flextime.domain.conference.ConferenceCatalog;
import java.time.LocalDate;
import java.time.LocalTime;

/** Games for the rule tests, written the way a schedule prints them. */
final class Games {

    static final ConferenceCatalog BIG12 = ConferenceCatalog.big12();
    static final ConflictData DATA = ConflictData.load("2025_26");

    private Games() {
    }

    /** A game at the home team's venue for the sport. */
    static ScheduledGame game(String id, String sport, String away, String home, String date, String time) {
        return game(id, sport, away, home, date, time, BIG12.homeVenue(home, sport).code());
    }

    static ScheduledGame game(String id, String sport, String away, String home, String date, String time,
                              String venue) {
        return new ScheduledGame(sport.toLowerCase() + "-2025-26", sport, id, home, away, LocalDate.parse(date),
                LocalTime.parse(time), venue);
    }
}
