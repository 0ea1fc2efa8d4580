package com.flextime.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A conflict appeared (or appeared again after it was resolved): the rule it breaks, in the scheduler's words,
 * the games, teams and venue involved.
 *
 * @param severity {@code HARD} (must be fixed) or {@code SOFT} (the rules say to avoid it)
 * @param venue    the venue the conflict is about, or null when it is not about one venue (a trip)
 * @param date     the day of the conflict (the first game's day for a trip)
 */
@SchemaVersion("1")
public record ConflictDetected(String conflictId, String ruleId, String rule, String severity, String reason,
                               LocalDate date, @Nullable String venue, List<String> teams, List<ConflictGame> games)
        implements ConflictEvent {

    public ConflictDetected {
        teams = List.copyOf(teams);
        games = List.copyOf(games);
    }
}
