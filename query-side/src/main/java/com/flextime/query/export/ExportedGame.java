package com.flextime.query.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One game as the exports show it, cancelled ones included.
 *
 * @param zone      the venue's time zone (its school's), in which {@code date} and {@code time} are local
 * @param venueName the venue's name, or its code when the conference does not know it
 * @param changes   how often its date, time, venue, sides or status changed since it was scheduled: a calendar's
 *                  SEQUENCE, so a subscribed calendar takes a moved game as an update of the same event
 * @param updatedAt when it last changed (any change, a lock too)
 */
public record ExportedGame(String id, String home, String away, LocalDate date, LocalTime time, ZoneId zone,
                           String venue, String venueName, GameStatus status, int changes, Instant updatedAt) {

    public enum GameStatus { SCHEDULED, CANCELLED }

    public ZonedDateTime start() {
        return ZonedDateTime.of(date, time, zone);
    }

    public boolean cancelled() {
        return status == GameStatus.CANCELLED;
    }

    /** {@code KU} at home, {@code @KU} away: how a printed grid names this game's opponent for {@code team}. */
    public String opponentOf(String team) {
        return team.equals(home) ? away : "@" + home;
    }
}
