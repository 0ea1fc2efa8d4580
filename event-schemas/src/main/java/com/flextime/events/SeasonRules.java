package com.flextime.events;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The conference facts a season was created under, frozen into its first event so that replaying the season
 * years later gives the same answers even after the reference data has moved on.
 *
 * @param homeVenues        each team's default venue code for this sport
 * @param noPlayDays        weekdays a team never plays on (BYU: Sunday)
 * @param venueHoldMinutes  how long one game occupies its venue, changeover included
 */
public record SeasonRules(Map<String, String> homeVenues,
                          Map<String, Set<DayOfWeek>> noPlayDays,
                          int venueHoldMinutes) {

    public SeasonRules {
        homeVenues = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(homeVenues, "homeVenues")));
        Map<String, Set<DayOfWeek>> days = new TreeMap<>();
        Objects.requireNonNull(noPlayDays, "noPlayDays").forEach((team, d) -> {
            if (!d.isEmpty()) {
                days.put(team, Collections.unmodifiableSet(new TreeSet<>(d)));
            }
        });
        noPlayDays = Collections.unmodifiableMap(days);
        if (venueHoldMinutes <= 0) {
            throw new IllegalArgumentException("venueHoldMinutes must be positive");
        }
    }

    public Set<DayOfWeek> noPlayDays(String team) {
        return noPlayDays.getOrDefault(team, Set.of());
    }
}
