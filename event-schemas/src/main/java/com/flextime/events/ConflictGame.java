package com.flextime.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** One game of a conflict, as it stood when the conflict was found: enough to show it without another read. */
public record ConflictGame(String scheduleId, String gameId, String sport, String home, String away,
                           LocalDate date, LocalTime time, String venue) {

    public ConflictGame {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(sport, "sport");
    }
}
