package com.flextime.events.integration;

import com.flextime.events.ConflictGame;
import com.flextime.events.Nullable;
import com.flextime.events.SchemaVersion;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code conflict.detected}: games (usually of different schedules) clash under a rule, in the scheduler's words.
 *
 * @param severity {@code HARD} (must be fixed) or {@code SOFT}
 */
@SchemaVersion("1")
public record ConflictDetectedData(String conflictId, String ruleId, String rule, String severity, String reason,
                                   LocalDate date, @Nullable String venue, List<String> teams,
                                   List<ConflictGame> games) {
    public ConflictDetectedData {
        teams = List.copyOf(teams);
        games = List.copyOf(games);
    }
}
