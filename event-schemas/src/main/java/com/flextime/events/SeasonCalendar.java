package com.flextime.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a season may be played: its window, the weekdays games are allowed on, and the dates each team and
 * each venue is unavailable (keyed by team code and venue code).
 */
public record SeasonCalendar(SeasonWindow window,
                             Set<DayOfWeek> gameDays,
                             Map<String, Set<LocalDate>> teamBlackouts,
                             Map<String, Set<LocalDate>> venueBlackouts) {

    public SeasonCalendar {
        Objects.requireNonNull(window, "window");
        // sorted, so the stored JSON is the same on every run
        gameDays = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(gameDays, "gameDays")));
        teamBlackouts = copy(teamBlackouts);
        venueBlackouts = copy(venueBlackouts);
    }

    private static Map<String, Set<LocalDate>> copy(Map<String, Set<LocalDate>> blackouts) {
        Map<String, Set<LocalDate>> sorted = new TreeMap<>();
        if (blackouts != null) {
            blackouts.forEach((key, dates) -> {
                if (!dates.isEmpty()) {
                    sorted.put(key, Collections.unmodifiableSet(new TreeSet<>(dates)));
                }
            });
        }
        return Collections.unmodifiableMap(sorted);
    }

    public Set<LocalDate> teamBlackouts(String team) {
        return teamBlackouts.getOrDefault(team, Set.of());
    }

    public Set<LocalDate> venueBlackouts(String venue) {
        return venueBlackouts.getOrDefault(venue, Set.of());
    }
}
