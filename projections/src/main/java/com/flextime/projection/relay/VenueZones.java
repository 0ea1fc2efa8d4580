package com.flextime.projection.relay;

import java.time.ZoneId;
import java.util.Optional;

/** The time zone a venue's local times are in (its school's), so integration events can carry an instant. */
@FunctionalInterface
public interface VenueZones {

    Optional<ZoneId> zoneOf(String venue);
}
