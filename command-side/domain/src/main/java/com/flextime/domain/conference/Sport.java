package com.flextime.domain.conference;

import java.util.Objects;

/**
 * A sport FlexTime schedules.
 *
 * @param gender           {@code M} or {@code W}
 * @param season           {@code fall}, {@code winter} or {@code spring}
 * @param venueType        the kind of venue its games are played in
 * @param venueHoldMinutes minutes from a game's start until its venue can start the next game (the game plus the
 *                         changeover; for gymnastics also the next meet's setup) — "a venue holds one game at a time"
 */
public record Sport(String code, String name, String gender, String season, VenueType venueType, int venueHoldMinutes) {

    public Sport {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(venueType, "venueType");
        if (venueHoldMinutes <= 0) {
            throw new IllegalArgumentException(code + ": venueHoldMinutes must be positive");
        }
    }
}
