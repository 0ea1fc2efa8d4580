package com.flextime.domain.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One game of a season: who hosts whom, on which date, at what local start time, where; and whether it is locked. */
public record Game(String id, String home, String away, LocalDate date, LocalTime time, String venue, boolean locked) {

    public Game {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(venue, "venue");
    }

    public boolean involves(String team) {
        return home.equals(team) || away.equals(team);
    }

    public boolean sharesATeamWith(Game other) {
        return involves(other.home) || involves(other.away);
    }

    public Game movedTo(LocalDate newDate, LocalTime newTime, String newVenue) {
        return new Game(id, home, away, newDate, newTime, newVenue, locked);
    }

    public Game swapped(String newVenue) {
        return new Game(id, away, home, date, time, newVenue, locked);
    }

    public Game withLock(boolean lock) {
        return new Game(id, home, away, date, time, venue, lock);
    }

    /** "KU at ISU" reads the way a schedule is printed: away team at home team. */
    public String label() {
        return away + " at " + home + " on " + date;
    }
}
