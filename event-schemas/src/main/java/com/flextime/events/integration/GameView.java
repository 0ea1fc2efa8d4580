package com.flextime.events.integration;

import com.flextime.events.Nullable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A game as it stands after a change, complete, so a consumer can upsert it without keeping history.
 *
 * @param time     the local start time at the venue
 * @param startsAt the same moment with the venue's UTC offset (null when the venue's time zone is unknown)
 * @param timeZone the venue's IANA time zone, e.g. {@code America/Chicago}
 * @param status   {@code SCHEDULED} or {@code CANCELLED}
 */
public record GameView(String gameId, String home, String away, LocalDate date, LocalTime time,
                       @Nullable OffsetDateTime startsAt, @Nullable String timeZone, String venue, String status,
                       boolean locked) {
}
