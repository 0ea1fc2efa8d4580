package com.flextime.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** Where and when a game is played: its date, local start time at the venue, and the venue. */
public record GameSlot(LocalDate date, LocalTime time, String venue) {

    public GameSlot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(venue, "venue");
    }
}
