package com.flextime.events;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Earlier versions of events, frozen here exactly as they were stored. Their schema files stay beside the
 * current ones, and the upcaster tests write stored events in these shapes.
 */
final class LegacyEvents {

    private LegacyEvents() {
    }

    /** {@code GameMoved} version 1 (until December 2026): the new slot, then the previous one, flat. */
    @SchemaVersion("1")
    record GameMovedV1(String scheduleId, String gameId, LocalDate date, LocalTime time, String venue,
                       LocalDate previousDate, LocalTime previousTime, String previousVenue) {
    }
}
