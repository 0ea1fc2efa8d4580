package com.flextime.domain.conflicts;

import com.flextime.events.ConflictGame;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/** A game of any sport's schedule, as the conflict rules see it: which schedule and sport it belongs to. */
public record ScheduledGame(String scheduleId, String sport, String id, String home, String away, LocalDate date,
                            LocalTime time, String venue) {

    /** Earliest first; the id breaks ties so every list of games has one order. */
    public static final Comparator<ScheduledGame> BY_START =
            Comparator.comparing(ScheduledGame::start).thenComparing(ScheduledGame::id);

    public ScheduledGame {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(venue, "venue");
    }

    /** Local start at the venue. */
    public LocalDateTime start() {
        return date.atTime(time);
    }

    public boolean involves(String team) {
        return home.equals(team) || away.equals(team);
    }

    /** "UTAH at BYU (MBB) on 2026-01-13 19:00": the way a schedule prints it, with the sport. */
    public String label() {
        return away + " at " + home + " (" + sport + ") on " + date + " " + time;
    }

    public ConflictGame toEvent() {
        return new ConflictGame(scheduleId, id, sport, home, away, date, time, venue);
    }
}
