package com.flextime.domain.conflicts;

import java.util.List;

/** A rule that games of different schedules must keep together. Each has a stable id and a plain-language name. */
public interface ConflictRule {

    String id();

    String name();

    Severity severity();

    default Conflict conflict(String reason, List<String> teams, List<ScheduledGame> games, String venue) {
        return new Conflict(id(), name(), severity(), reason,
                games.stream().sorted(ScheduledGame.BY_START).findFirst().orElseThrow().date(), venue, teams,
                games, null);
    }
}
